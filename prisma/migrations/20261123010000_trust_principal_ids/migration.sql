-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "trustPolicy" TEXT NOT NULL,
    "trustPrincipalIds" TEXT NOT NULL DEFAULT '{}',
    "description" TEXT NOT NULL DEFAULT '',
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "permissionsBoundary" TEXT,
    "serviceLinked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "lastUsedRegion" TEXT,
    CONSTRAINT "Role_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Role" ("accountId", "arn", "createdAt", "description", "id", "lastUsedAt", "lastUsedRegion", "maxSessionDuration", "name", "nameLower", "path", "permissionsBoundary", "serviceLinked", "trustPolicy") SELECT "accountId", "arn", "createdAt", "description", "id", "lastUsedAt", "lastUsedRegion", "maxSessionDuration", "name", "nameLower", "path", "permissionsBoundary", "serviceLinked", "trustPolicy" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE UNIQUE INDEX "Role_arn_key" ON "Role"("arn");
CREATE INDEX "Role_accountId_path_idx" ON "Role"("accountId", "path");
CREATE UNIQUE INDEX "Role_accountId_nameLower_key" ON "Role"("accountId", "nameLower");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

