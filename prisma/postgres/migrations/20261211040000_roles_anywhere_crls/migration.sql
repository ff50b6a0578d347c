-- AlterTable
ALTER TABLE "RaTrustAnchor" ADD COLUMN "notificationSettings" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "RaProfile" ADD COLUMN "attributeMappings" TEXT;

-- CreateTable
CREATE TABLE "RaCrl" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "trustAnchorArn" TEXT NOT NULL,
    "crlData" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RaCrl_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RaCrl_arn_key" ON "RaCrl"("arn");

-- CreateIndex
CREATE INDEX "RaCrl_accountId_createdAt_idx" ON "RaCrl"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "RaCrl_trustAnchorArn_idx" ON "RaCrl"("trustAnchorArn");
