-- CreateTable
CREATE TABLE "OrgAccessReportJob" (
    "id" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "report" TEXT NOT NULL,

    CONSTRAINT "OrgAccessReportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrgAccessReportJob_expiresAt_idx" ON "OrgAccessReportJob"("expiresAt");

