-- AlterTable
ALTER TABLE "Sandbox" ADD COLUMN     "joinCodeExpiresAt" TIMESTAMP(3),
ADD COLUMN     "joinCodeHash" TEXT,
ADD COLUMN     "learnerName" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Sandbox_joinCodeHash_key" ON "Sandbox"("joinCodeHash");
