// The demo sandbox's fixed values. Tests, demos and the README rely on them: change all together.
// These credentials are sandbox-only and worthless outside this app.

export const ORGANIZATION = { id: "o-sandbox0001", rootId: "r-sbx1", masterAccountId: "111111111111" } as const;

export const SANDBOX_ACCOUNTS = [
  {
    id: "111111111111",
    alias: "identity",
    name: "identity",
    rootEmail: "root@identity.example",
    rootPassword: "Sandbox-Root-1!",
    admin: { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" },
  },
  {
    id: "222222222222",
    alias: "workload-dev",
    name: "workload-dev",
    rootEmail: "root@workload-dev.example",
    rootPassword: "Sandbox-Root-2!",
    admin: { accessKeyId: "AKIAWORKLOADADMIN001", secretAccessKey: "workloadAdminSecretKey000000000000000001" },
  },
] as const;

export const ADMIN_PASSWORD = "Sandbox-Admin-1!";
export const ALICE_PASSWORD = "Sandbox-Alice-1!";

/** Service-linked roles a fresh AWS account typically shows, with their real managed policies. */
export const SANDBOX_SERVICE_LINKED_ROLES = [
  {
    name: "AWSServiceRoleForSupport",
    service: "support.amazonaws.com",
    policy: "AWSSupportServiceRolePolicy",
    description: "Enables resource access for AWS to provide billing, administrative and support services",
  },
  {
    name: "AWSServiceRoleForTrustedAdvisor",
    service: "trustedadvisor.amazonaws.com",
    policy: "AWSTrustedAdvisorServiceRolePolicy",
    description:
      "Access for the AWS Trusted Advisor Service to help reduce cost, increase performance, and improve security of your AWS environment.",
  },
  {
    name: "AWSServiceRoleForECS",
    service: "ecs.amazonaws.com",
    policy: "AmazonECSServiceRolePolicy",
    description: "Role to enable Amazon ECS to manage your cluster.",
  },
  {
    name: "AWSServiceRoleForOrganizations",
    service: "organizations.amazonaws.com",
    policy: "AWSOrganizationsServiceTrustPolicy",
    description: "Service-linked role used by AWS Organizations to enable integration of other AWS services with Organizations.",
  },
] as const;

/** Policies AWS lists under "AWS managed - job function" that don't live under /job-function/. */
export const JOB_FUNCTION_POLICIES_OUTSIDE_PATH = ["AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess", "SecurityAudit"];
