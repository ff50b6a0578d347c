-- CreateTable
CREATE TABLE "OutboundFederation" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "issuerId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "keys" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboundFederation_issuerId_key" ON "OutboundFederation"("issuerId");

