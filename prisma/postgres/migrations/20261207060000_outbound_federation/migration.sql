-- CreateTable
CREATE TABLE "OutboundFederation" (
    "accountId" TEXT NOT NULL,
    "issuerId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "keys" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundFederation_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboundFederation_issuerId_key" ON "OutboundFederation"("issuerId");

