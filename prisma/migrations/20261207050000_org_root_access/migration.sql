-- CreateTable
CREATE TABLE "OrgRootAccess" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "trustedAccess" BOOLEAN NOT NULL DEFAULT true,
    "rootCredentialsManagement" BOOLEAN NOT NULL DEFAULT false,
    "rootSessions" BOOLEAN NOT NULL DEFAULT false
);

