-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN "lastUsedRegion" TEXT;

-- AlterTable (SQLite adds a NOT NULL column with a default in place; no table copy needed)
ALTER TABLE "Account" ADD COLUMN "stsGlobalEndpointTokenVersion" TEXT NOT NULL DEFAULT 'v1Token';

-- CreateTable
CREATE TABLE "CredentialReport" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "content" TEXT NOT NULL,
    "generatedAt" DATETIME NOT NULL,
    CONSTRAINT "CredentialReport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MfaDevice" (
    "serialNumber" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "secret" TEXT NOT NULL,
    "enabledAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "lastCounter" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MfaDevice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MfaDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MfaDevice" ("accountId", "enabledAt", "lastCounter", "secret", "serialNumber", "userId") SELECT "accountId", "enabledAt", "lastCounter", "secret", "serialNumber", "userId" FROM "MfaDevice";
DROP TABLE "MfaDevice";
ALTER TABLE "new_MfaDevice" RENAME TO "MfaDevice";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

