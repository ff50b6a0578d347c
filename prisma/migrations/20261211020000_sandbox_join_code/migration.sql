-- AlterTable
ALTER TABLE "Sandbox" ADD COLUMN "joinCodeExpiresAt" DATETIME;
ALTER TABLE "Sandbox" ADD COLUMN "joinCodeHash" TEXT;
ALTER TABLE "Sandbox" ADD COLUMN "learnerName" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Sandbox_joinCodeHash_key" ON "Sandbox"("joinCodeHash");
