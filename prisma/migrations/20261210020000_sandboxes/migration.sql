-- CreateTable
CREATE TABLE "Sandbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL,
    "learnerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME NOT NULL,
    "credentials" TEXT NOT NULL DEFAULT '{}'
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "alias" TEXT,
    "name" TEXT NOT NULL,
    "organizationId" TEXT,
    "rootEmail" TEXT NOT NULL,
    "rootPasswordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stsGlobalEndpointTokenVersion" TEXT NOT NULL DEFAULT 'v1Token',
    "sandboxId" TEXT NOT NULL DEFAULT 'single',
    CONSTRAINT "Account_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Account" ("alias", "createdAt", "id", "name", "organizationId", "rootEmail", "rootPasswordHash", "stsGlobalEndpointTokenVersion") SELECT "alias", "createdAt", "id", "name", "organizationId", "rootEmail", "rootPasswordHash", "stsGlobalEndpointTokenVersion" FROM "Account";
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE UNIQUE INDEX "Account_alias_key" ON "Account"("alias");
CREATE UNIQUE INDEX "Account_rootEmail_key" ON "Account"("rootEmail");
CREATE INDEX "Account_sandboxId_idx" ON "Account"("sandboxId");
CREATE TABLE "new_Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rootId" TEXT NOT NULL,
    "masterAccountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sandboxId" TEXT NOT NULL DEFAULT 'single'
);
INSERT INTO "new_Organization" ("createdAt", "id", "masterAccountId", "rootId") SELECT "createdAt", "id", "masterAccountId", "rootId" FROM "Organization";
DROP TABLE "Organization";
ALTER TABLE "new_Organization" RENAME TO "Organization";
CREATE UNIQUE INDEX "Organization_rootId_key" ON "Organization"("rootId");
CREATE INDEX "Organization_sandboxId_idx" ON "Organization"("sandboxId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Sandbox_n_key" ON "Sandbox"("n");

-- CreateIndex
CREATE INDEX "Sandbox_learnerId_createdAt_idx" ON "Sandbox"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Sandbox_lastUsedAt_idx" ON "Sandbox"("lastUsedAt");

