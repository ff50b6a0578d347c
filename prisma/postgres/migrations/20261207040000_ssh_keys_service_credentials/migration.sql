-- CreateTable
CREATE TABLE "SshPublicKey" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SshPublicKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceSpecificCredential" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "serviceUserName" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "ServiceSpecificCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SshPublicKey_userId_fingerprint_key" ON "SshPublicKey"("userId", "fingerprint");

-- CreateIndex
CREATE INDEX "ServiceSpecificCredential_userId_serviceName_idx" ON "ServiceSpecificCredential"("userId", "serviceName");

-- CreateIndex
CREATE INDEX "ServiceSpecificCredential_accountId_serviceName_idx" ON "ServiceSpecificCredential"("accountId", "serviceName");

-- AddForeignKey
ALTER TABLE "SshPublicKey" ADD CONSTRAINT "SshPublicKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceSpecificCredential" ADD CONSTRAINT "ServiceSpecificCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

