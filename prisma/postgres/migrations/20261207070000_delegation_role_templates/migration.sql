-- CreateTable
CREATE TABLE "DelegationPolicyTemplate" (
    "arn" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegationPolicyTemplate_pkey" PRIMARY KEY ("arn")
);

-- CreateTable
CREATE TABLE "DelegationRequest" (
    "id" TEXT NOT NULL,
    "requestorAccountId" TEXT NOT NULL,
    "requestorName" TEXT NOT NULL,
    "requestorWorkflowId" TEXT NOT NULL,
    "ownerAccountId" TEXT,
    "ownerId" TEXT,
    "approverId" TEXT,
    "approver" TEXT,
    "state" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "requestMessage" TEXT,
    "policyTemplateArn" TEXT NOT NULL,
    "parameters" TEXT NOT NULL DEFAULT '[]',
    "permissionPolicy" TEXT NOT NULL,
    "sessionDuration" INTEGER NOT NULL,
    "redirectUrl" TEXT,
    "notificationChannel" TEXT NOT NULL,
    "onlySendByOwner" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "rejectionReason" TEXT,
    "tradeInToken" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DelegationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateArn" TEXT NOT NULL,
    "minorVersion" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "definition" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleFromTemplate" (
    "roleId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "templateArn" TEXT NOT NULL,
    "minorVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleFromTemplate_pkey" PRIMARY KEY ("roleId")
);

-- CreateTable
CREATE TABLE "AccountProperty" (
    "accountId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AccountProperty_pkey" PRIMARY KEY ("accountId","key")
);

-- CreateIndex
CREATE INDEX "DelegationPolicyTemplate_accountId_idx" ON "DelegationPolicyTemplate"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationRequest_tradeInToken_key" ON "DelegationRequest"("tradeInToken");

-- CreateIndex
CREATE INDEX "DelegationRequest_ownerAccountId_idx" ON "DelegationRequest"("ownerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationRequest_requestorAccountId_requestorWorkflowId_key" ON "DelegationRequest"("requestorAccountId", "requestorWorkflowId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleTemplateVersion_templateArn_minorVersion_key" ON "RoleTemplateVersion"("templateArn", "minorVersion");

-- CreateIndex
CREATE INDEX "RoleFromTemplate_accountId_idx" ON "RoleFromTemplate"("accountId");

