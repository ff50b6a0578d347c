-- CreateTable
CREATE TABLE "PasswordPolicy" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "minimumPasswordLength" INTEGER NOT NULL DEFAULT 6,
    "requireSymbols" BOOLEAN NOT NULL DEFAULT false,
    "requireNumbers" BOOLEAN NOT NULL DEFAULT false,
    "requireUppercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "requireLowercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "allowUsersToChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "maxPasswordAge" INTEGER NOT NULL DEFAULT 0,
    "passwordReusePrevention" INTEGER NOT NULL DEFAULT 0,
    "hardExpiry" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PasswordPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PasswordHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "passwordHash" TEXT,
    "passwordLastUsed" DATETIME,
    "passwordResetRequired" BOOLEAN NOT NULL DEFAULT false,
    "permissionsBoundary" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_User" ("accountId", "arn", "createdAt", "id", "name", "nameLower", "passwordHash", "passwordLastUsed", "path", "permissionsBoundary") SELECT "accountId", "arn", "createdAt", "id", "name", "nameLower", "passwordHash", "passwordLastUsed", "path", "permissionsBoundary" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_arn_key" ON "User"("arn");
CREATE UNIQUE INDEX "User_accountId_nameLower_key" ON "User"("accountId", "nameLower");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PasswordHistory_userId_id_idx" ON "PasswordHistory"("userId", "id");

