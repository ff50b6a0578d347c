-- CreateTable
CREATE TABLE "OrgAccessReportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "completedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "report" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "OrgAccessReportJob_expiresAt_idx" ON "OrgAccessReportJob"("expiresAt");

