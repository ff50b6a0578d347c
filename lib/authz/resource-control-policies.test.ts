// Resource control policies come from the account that owns the resource (spec §5.3): a cross-account
// AssumeRole is bound by the role account's RCPs, never by the caller's, and never by the management
// account's. Real assumeRole() and authorize() over a seeded sandbox (111… manages the organization).
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "./caller";
import { ACCT, OTHER_ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { createRole } from "@/lib/wire/testing";

let s: Sandbox;
let assumeRole: typeof import("@/lib/sts/assume-role").assumeRole;
let authorize: typeof import("./authorize").authorize;
let decisionOf: typeof import("./access-denied").decisionOf;
/** A second member account, so a caller can sit in a member account other than the role's. */
const MEMBER = "333333333333";
/** Outside any organization. */
const LONER = "444444444444";
const ORG_ROOT = "r-sbx1";

// Denies assuming roles to every principal outside an organization the sandbox callers are not in.
const RCP = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Deny",
      Principal: "*",
      Action: ["sts:AssumeRole", "s3:GetObject"],
      Resource: "*",
      Condition: { StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-elsewhere001" } },
    },
  ],
});

const roleArn = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;
const assume = (caller: Caller, account: string, name: string) => assumeRole(caller, { roleArn: roleArn(account, name), roleSessionName: "rcp" });

/** Attaches the denying RCP to the targets for the duration of `body`. */
async function withRcp(targets: string[], body: () => Promise<void>) {
  const policy = await s.db.orgPolicy.create({
    data: {
      id: "p-rcpdenyassume",
      organizationId: "o-sandbox0001",
      kind: "RESOURCE_CONTROL_POLICY",
      name: "DenyOutsideOrg",
      document: RCP,
      attachments: { create: targets.map((targetId) => ({ targetId })) },
    },
  });
  try {
    await body();
  } finally {
    await s.db.orgPolicy.delete({ where: { id: policy.id } });
  }
}

async function account(id: string, organizationId: string | null) {
  await s.db.account.create({ data: { id, name: `acct-${id}`, organizationId, rootEmail: `root@${id}.example`, rootPasswordHash: "x" } });
  const user = await s.db.user.create({
    data: { id: `AIDA${id}DEV0`, accountId: id, name: "dev", nameLower: "dev", arn: `arn:aws:iam::${id}:user/dev` },
  });
  const admin = await s.db.managedPolicy.findFirstOrThrow({ where: { accountId: null, name: "AdministratorAccess" } });
  await s.db.policyAttachment.create({ data: { policyId: admin.id, principalType: "user", principalId: user.id } });
  if (organizationId) {
    // Organizations puts the full-access SCP and RCP on every member account.
    await s.db.orgPolicyAttachment.createMany({ data: ["p-FullAWSAccess", "p-RCPFullAWSAccess"].map((policyId) => ({ policyId, targetId: id })) });
  }
  return s.userCaller(id, "dev");
}

let identityAdmin: Caller;
let workloadAdmin: Caller;
let memberDev: Caller;
let lonerDev: Caller;

beforeAll(async () => {
  s = await openSandbox();
  ({ assumeRole } = await import("@/lib/sts/assume-role"));
  ({ authorize } = await import("./authorize"));
  ({ decisionOf } = await import("./access-denied"));
  identityAdmin = s.admin;
  workloadAdmin = await s.userCaller(OTHER_ACCT, "admin");
  memberDev = await account(MEMBER, "o-sandbox0001");
  lonerDev = await account(LONER, null);
  const trusting = (...accounts: string[]) => ({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { AWS: accounts.map((a) => `arn:aws:iam::${a}:root`) }, Action: "sts:AssumeRole" }],
  });
  await createRole(s.db, { accountId: OTHER_ACCT, name: "Target", trust: trusting(ACCT, MEMBER) });
  await createRole(s.db, { accountId: ACCT, name: "Target", trust: trusting(OTHER_ACCT) });
  await createRole(s.db, { accountId: MEMBER, name: "Target", trust: trusting(MEMBER) });
  await createRole(s.db, { accountId: LONER, name: "Target", trust: trusting(ACCT) });
}, 90_000);

describe("resource control policies", () => {
  it("(a) binds a cross-account AssumeRole by the role account's RCP, with STS's message", async () => {
    // Allowed first (and the role account's policies cached), so the denial below proves the cache
    // sees the attachment at once.
    await expect(assume(identityAdmin, OTHER_ACCT, "Target")).resolves.toMatchObject({ AssumedRoleUser: expect.anything() });
    await withRcp([OTHER_ACCT], async () => {
      const err = await assume(identityAdmin, OTHER_ACCT, "Target").catch((e) => e);
      expect(err.code).toBe("AccessDenied");
      // STS words AssumeRole denials without a reason suffix [OBS]; the decision names the RCP, but the
      // error's details do not (a trust denial must read like a missing role).
      expect(err.message).toBe(
        `User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: sts:AssumeRole on resource: ${roleArn(OTHER_ACCT, "Target")}`,
      );
      expect(decisionOf(err)).toMatchObject({ deniedBy: "rcp", decision: "ExplicitDeny", context: "a resource control policy explicitly denies the action" });
      expect(err.details).not.toHaveProperty("deniedBy");
    });
  });

  it("(a) applies the org root's RCPs to the role account too", async () => {
    await withRcp([ORG_ROOT], async () => {
      expect((await failure(assume(identityAdmin, OTHER_ACCT, "Target"))).code).toBe("AccessDenied");
    });
  });

  it("(b) does not carry the caller's account RCPs to a resource in another account", async () => {
    await withRcp([ACCT], async () => {
      await expect(assume(identityAdmin, OTHER_ACCT, "Target")).resolves.toBeDefined();
    });
    // A member-account caller whose own account carries the RCP: it binds that account's roles only.
    await withRcp([MEMBER], async () => {
      expect((await failure(assume(memberDev, MEMBER, "Target"))).code).toBe("AccessDenied");
      await expect(assume(memberDev, OTHER_ACCT, "Target")).resolves.toBeDefined();
    });
  });

  it("(c) never applies RCPs to roles in the management account", async () => {
    await withRcp([ORG_ROOT, ACCT], async () => {
      await expect(assume(workloadAdmin, ACCT, "Target")).resolves.toBeDefined();
    });
  });

  it("applies no RCPs to a role in an account outside the organization", async () => {
    await withRcp([ORG_ROOT], async () => {
      await expect(assume(identityAdmin, LONER, "Target")).resolves.toBeDefined();
    });
  });

  // A caller of the same organization is told which RCP denied it (its ARN), one outside is not:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
  it("reports an RCP denial of other RCP-enabled actions with AWS's suffix and, within the organization, the RCP's ARN", async () => {
    const object = "arn:aws:s3:::workload-bucket/report.csv";
    const rcpArn = `arn:aws:organizations::${ACCT}:policy/o-sandbox0001/resource_control_policy/p-rcpdenyassume`;
    await withRcp([OTHER_ACCT], async () => {
      const err = await authorize(identityAdmin, "s3:GetObject", object, { resourceAccountId: OTHER_ACCT }).catch((e) => e);
      expect(err.message).toBe(
        `User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: s3:GetObject on resource: ${object} with an explicit deny in a resource control policy: ${rcpArn}`,
      );
      const outsider = await authorize(lonerDev, "s3:GetObject", object, { resourceAccountId: OTHER_ACCT }).catch((e) => e);
      expect(outsider.message).toBe(
        `User: arn:aws:iam::${LONER}:user/dev is not authorized to perform: s3:GetObject on resource: ${object} with an explicit deny in a resource control policy`,
      );
      // The same object in the caller's own (management) account is not bound.
      await expect(authorize(identityAdmin, "s3:GetObject", object, { resourceAccountId: ACCT })).resolves.toBeUndefined();
    });
  });
});
