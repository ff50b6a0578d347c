-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LastAccessedJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "completedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "services" TEXT NOT NULL
);
INSERT INTO "new_LastAccessedJob" ("createdAt", "expiresAt", "id", "owner", "services", "type") SELECT "createdAt", "expiresAt", "id", "owner", "services", "type" FROM "LastAccessedJob";
DROP TABLE "LastAccessedJob";
ALTER TABLE "new_LastAccessedJob" RENAME TO "LastAccessedJob";
CREATE INDEX "LastAccessedJob_expiresAt_idx" ON "LastAccessedJob"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

