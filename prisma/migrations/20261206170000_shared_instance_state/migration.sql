-- CreateTable
CREATE TABLE "CacheGeneration" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SharedSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "LastAccessedJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "services" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInFailure_scope_key_at_idx" ON "SignInFailure"("scope", "key", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");

-- CreateIndex
CREATE INDEX "LastAccessedJob_expiresAt_idx" ON "LastAccessedJob"("expiresAt");


-- The authorization generation every instance polls (lib/data/generation.ts)
INSERT INTO "CacheGeneration" ("name", "value") VALUES ('authz', 0);
