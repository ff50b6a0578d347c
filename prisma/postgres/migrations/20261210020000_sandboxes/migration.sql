-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "sandboxId" TEXT NOT NULL DEFAULT 'single';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "sandboxId" TEXT NOT NULL DEFAULT 'single';

-- CreateTable
CREATE TABLE "Sandbox" (
    "id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "learnerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,
    "credentials" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "Sandbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Sandbox_n_key" ON "Sandbox"("n");

-- CreateIndex
CREATE INDEX "Sandbox_learnerId_createdAt_idx" ON "Sandbox"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Sandbox_lastUsedAt_idx" ON "Sandbox"("lastUsedAt");

-- CreateIndex
CREATE INDEX "Account_sandboxId_idx" ON "Account"("sandboxId");

-- CreateIndex
CREATE INDEX "Organization_sandboxId_idx" ON "Organization"("sandboxId");

