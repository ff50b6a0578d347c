-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN     "lastUsedRegion" TEXT;

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "stsGlobalEndpointTokenVersion" TEXT NOT NULL DEFAULT 'v1Token';

-- AlterTable
ALTER TABLE "MfaDevice" ALTER COLUMN "enabledAt" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CredentialReport" (
    "accountId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CredentialReport_pkey" PRIMARY KEY ("accountId")
);

-- AddForeignKey
ALTER TABLE "CredentialReport" ADD CONSTRAINT "CredentialReport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

