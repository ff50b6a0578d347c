-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SigningCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SigningCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServerCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "chain" TEXT,
    "expiration" DATETIME NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ServerCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SigningCertificate_userId_idx" ON "SigningCertificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningCertificate_accountId_fingerprint_key" ON "SigningCertificate"("accountId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "ServerCertificate_arn_key" ON "ServerCertificate"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "ServerCertificate_accountId_nameLower_key" ON "ServerCertificate"("accountId", "nameLower");

