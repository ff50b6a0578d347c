-- CreateTable
CREATE TABLE "TrailEvent" (
    "eventId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "eventTime" TIMESTAMP(3) NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventSource" TEXT NOT NULL,
    "readOnly" BOOLEAN NOT NULL,
    "username" TEXT,
    "accessKeyId" TEXT,
    "errorCode" TEXT,
    "requestId" TEXT,
    "sharedEventId" TEXT,
    "decision" TEXT,
    "resources" TEXT NOT NULL DEFAULT '[]',
    "record" TEXT NOT NULL,

    CONSTRAINT "TrailEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "TrailEventKey" (
    "eventId" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "eventTime" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrailEventKey_pkey" PRIMARY KEY ("eventId","attribute","value")
);

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_eventTime_eventId_idx" ON "TrailEvent"("accountId", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_eventName_eventTime_eventId_idx" ON "TrailEvent"("accountId", "eventName", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_readOnly_eventTime_eventId_idx" ON "TrailEvent"("accountId", "readOnly", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_username_eventTime_eventId_idx" ON "TrailEvent"("accountId", "username", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_eventSource_eventTime_eventId_idx" ON "TrailEvent"("accountId", "eventSource", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_accountId_accessKeyId_eventTime_eventId_idx" ON "TrailEvent"("accountId", "accessKeyId", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEvent_eventTime_idx" ON "TrailEvent"("eventTime");

-- CreateIndex
CREATE INDEX "TrailEventKey_accountId_attribute_value_eventTime_eventId_idx" ON "TrailEventKey"("accountId", "attribute", "value", "eventTime", "eventId");

-- CreateIndex
CREATE INDEX "TrailEventKey_eventTime_idx" ON "TrailEventKey"("eventTime");

