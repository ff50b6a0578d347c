-- CreateTable
CREATE TABLE "OrgRootAccess" (
    "organizationId" TEXT NOT NULL,
    "trustedAccess" BOOLEAN NOT NULL DEFAULT true,
    "rootCredentialsManagement" BOOLEAN NOT NULL DEFAULT false,
    "rootSessions" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OrgRootAccess_pkey" PRIMARY KEY ("organizationId")
);

