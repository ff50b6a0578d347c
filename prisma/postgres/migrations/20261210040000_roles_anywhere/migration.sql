-- CreateTable
CREATE TABLE "RaTrustAnchor" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "sourceType" TEXT NOT NULL,
    "sourceData" TEXT NOT NULL,
    "caPrivateKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RaTrustAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RaProfile" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "roleArns" TEXT NOT NULL DEFAULT '[]',
    "managedPolicyArns" TEXT NOT NULL DEFAULT '[]',
    "sessionPolicy" TEXT,
    "durationSeconds" INTEGER NOT NULL DEFAULT 3600,
    "requireInstanceProperties" BOOLEAN NOT NULL DEFAULT false,
    "acceptRoleSessionName" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RaProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RaSubject" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "x509Subject" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RaSubject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RaSubjectCredential" (
    "subjectId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "x509CertificateData" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "failed" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RaSubjectCredential_pkey" PRIMARY KEY ("subjectId","issuer","serialNumber")
);

-- CreateTable
CREATE TABLE "RaTag" (
    "resourceArn" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,

    CONSTRAINT "RaTag_pkey" PRIMARY KEY ("resourceArn","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "RaTrustAnchor_arn_key" ON "RaTrustAnchor"("arn");

-- CreateIndex
CREATE INDEX "RaTrustAnchor_accountId_createdAt_idx" ON "RaTrustAnchor"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RaProfile_arn_key" ON "RaProfile"("arn");

-- CreateIndex
CREATE INDEX "RaProfile_accountId_createdAt_idx" ON "RaProfile"("accountId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RaSubject_arn_key" ON "RaSubject"("arn");

-- CreateIndex
CREATE INDEX "RaSubject_accountId_lastSeenAt_idx" ON "RaSubject"("accountId", "lastSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "RaSubject_accountId_x509Subject_key" ON "RaSubject"("accountId", "x509Subject");

-- CreateIndex
CREATE INDEX "RaTag_accountId_idx" ON "RaTag"("accountId");

