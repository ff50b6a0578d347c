-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServerCertificate" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "chain" TEXT,
    "expiration" TIMESTAMP(3) NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SigningCertificate_userId_idx" ON "SigningCertificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningCertificate_accountId_fingerprint_key" ON "SigningCertificate"("accountId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "ServerCertificate_arn_key" ON "ServerCertificate"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "ServerCertificate_accountId_nameLower_key" ON "ServerCertificate"("accountId", "nameLower");

-- AddForeignKey
ALTER TABLE "SigningCertificate" ADD CONSTRAINT "SigningCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningCertificate" ADD CONSTRAINT "SigningCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServerCertificate" ADD CONSTRAINT "ServerCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

