// The role page's server side against a real seeded sandbox: revoking sessions denies exactly the
// older sessions, Last Accessed reads the role sessions' activity, Manage tags saves a whole set,
// the summary's switch-role link appears only for account trust, and Delete on a service-linked
// role starts the asynchronous task instead of deleting.
import { beforeAll, describe, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";

const ACCT = "111111111111";
let db: typeof import("@/lib/db").db;
let roles: typeof import("@/lib/iam/roles/create");
let attached: typeof import("@/lib/iam/roles/attached");
let inline: typeof import("@/lib/iam/roles/inline");
let authorize: typeof import("@/lib/authz/authorize").authorize;
let detail: typeof import("./role-detail");
let revoke: typeof import("./revoke-sessions");
let lastAccessed: typeof import("./last-accessed");

beforeAll(async () => {
  pointAtFreshSandbox();
  ({ db } = await import("@/lib/db"));
  roles = await import("@/lib/iam/roles/create");
  attached = await import("@/lib/iam/roles/attached");
  inline = await import("@/lib/iam/roles/inline");
  ({ authorize } = await import("@/lib/authz/authorize"));
  detail = await import("./role-detail");
  revoke = await import("./revoke-sessions");
  lastAccessed = await import("./last-accessed");
}, 60_000);

async function admin(): Promise<Caller> {
  const u = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  return { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}

async function session(roleName: string, issuedAt: Date, sessionName = "s1"): Promise<Caller> {
  const r = await db.role.findFirstOrThrow({ where: { accountId: ACCT, name: roleName } });
  return {
    kind: "assumed-role",
    accountId: ACCT,
    arn: `arn:aws:sts::${ACCT}:assumed-role/${roleName}/${sessionName}`,
    role: { id: r.id, arn: r.arn, name: r.name },
    session: { accessKeyId: "ASIATEST", name: sessionName, issuedAt, expiresAt: new Date(issuedAt.getTime() + 3_600_000), sessionPolicyArns: [] },
    mfa: false,
    via: "api",
  };
}

const ROOT_TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: "sts:AssumeRole" }] });
const SERVICE_TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "cloudformation.amazonaws.com" }, Action: "sts:AssumeRole" }] });

describe("revoke sessions", () => {
  it("writes AWSRevokeOlderSessions exactly, denies older sessions only, and refreshes on repeat", async () => {
    const a = await admin();
    await roles.createRole(a, { roleName: "Revokable", assumeRolePolicyDocument: ROOT_TRUST });
    await attached.attachRolePolicy(a, "Revokable", "arn:aws:iam::aws:policy/IAMReadOnlyAccess");
    const t0 = new Date(Date.now() - 60_000);
    const old = await session("Revokable", t0);
    await expect(authorize(old, "iam:ListRoles", `arn:aws:iam::${ACCT}:role/`)).resolves.toBeUndefined();

    const at = new Date(Date.now() - 30_000);
    expect(await revoke.revokeRoleSessions(a, "Revokable", at)).toEqual({ PolicyName: "AWSRevokeOlderSessions", RevokedBefore: at.toISOString() });
    const stored = await inline.getRolePolicy(a, "Revokable", "AWSRevokeOlderSessions");
    expect(JSON.parse(stored.PolicyDocument)).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": at.toISOString() } } }],
    });
    const denied = await authorize(old, "iam:ListRoles", `arn:aws:iam::${ACCT}:role/`).catch((e) => e);
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain("with an explicit deny in an identity-based policy");
    const fresh = await session("Revokable", new Date(Date.now() - 10_000), "s2");
    await expect(authorize(fresh, "iam:ListRoles", `arn:aws:iam::${ACCT}:role/`)).resolves.toBeUndefined();

    await revoke.revokeRoleSessions(a, "Revokable", new Date());
    expect((await authorize(fresh, "iam:ListRoles", `arn:aws:iam::${ACCT}:role/`).catch((e) => e)).code).toBe("AccessDenied");
    expect((await inline.listRolePolicies(a, "Revokable")).PolicyNames).toEqual(["AWSRevokeOlderSessions"]);
  });

  it("is refused on service-linked roles", async () => {
    const err = await revoke.revokeRoleSessions(await admin(), "AWSServiceRoleForECS").catch((e) => e);
    expect(err.code).toBe("UnmodifiableEntity");
  });
});

describe("last accessed", () => {
  it("lists allowed services with their policies and the last call by the role's sessions within 400 days", async () => {
    const a = await admin();
    await roles.createRole(a, { roleName: "Reader", assumeRolePolicyDocument: ROOT_TRUST });
    await roles.createRole(a, { roleName: "ReaderTwo", assumeRolePolicyDocument: ROOT_TRUST });
    await attached.attachRolePolicy(a, "Reader", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
    await inline.putRolePolicy(a, "Reader", "lambda-list", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["lambda:List*"], Resource: "*" }] }));
    const now = new Date();
    const event = (principal: string, action: string, daysAgo: number) =>
      db.activityEvent.create({
        data: { accountId: ACCT, principalArn: principal, action, result: "Success", requestId: `r-${Math.random()}`, source: "api", time: new Date(now.getTime() - daysAgo * 86_400_000) },
      });
    await event(`arn:aws:sts::${ACCT}:assumed-role/Reader/s`, "s3:ListBuckets", 3);
    await event(`arn:aws:sts::${ACCT}:assumed-role/Reader/s`, "s3:GetObject", 1);
    await event(`arn:aws:sts::${ACCT}:assumed-role/Reader/s`, "lambda:ListFunctions", 401);
    // Another role whose name starts the same must not count.
    await event(`arn:aws:sts::${ACCT}:assumed-role/ReaderTwo/s`, "lambda:ListFunctions", 0);

    const { Services, TrackingPeriodDays } = await lastAccessed.roleLastAccessed(a, "Reader", now);
    expect(TrackingPeriodDays).toBe(400);
    const s3 = Services.find((s) => s.ServiceNamespace === "s3");
    const lambda = Services.find((s) => s.ServiceNamespace === "lambda");
    expect(s3).toMatchObject({ ServiceName: "Amazon S3", Policies: ["AmazonS3ReadOnlyAccess"], LastAccessed: new Date(now.getTime() - 86_400_000).toISOString() });
    expect(lambda).toMatchObject({ Policies: ["lambda-list"], LastAccessed: null, TrackedActions: [] });
    // S3 is tracked per action: newest first, with no Region recorded for a non-IAM call.
    expect(s3?.TrackedActions).toEqual([
      { ActionName: "GetObject", LastAccessed: new Date(now.getTime() - 86_400_000).toISOString(), Region: null },
      { ActionName: "ListBuckets", LastAccessed: new Date(now.getTime() - 3 * 86_400_000).toISOString(), Region: null },
    ]);
    expect(Services[0].ServiceNamespace).toBe("s3");
    expect(Services.some((s) => s.ServiceNamespace === "ec2")).toBe(false);
  });

  it("a policy allowing * reaches every service", () => {
    expect(lastAccessed.allowedServices(JSON.stringify({ Statement: { Effect: "Allow", Action: "*", Resource: "*" } }))).toEqual(new Set(["*"]));
    expect(lastAccessed.allowedServices(JSON.stringify({ Statement: [{ Effect: "Deny", Action: "s3:*" }, { Effect: "Allow", Action: ["EC2:Describe*"] }] }))).toEqual(new Set(["ec2"]));
  });
});

describe("role detail", () => {
  it("offers the switch-role link only when the trust policy names an AWS account", async () => {
    const a = await admin();
    await roles.createRole(a, { roleName: "CfnRole", path: "/service-role/", assumeRolePolicyDocument: SERVICE_TRUST });
    const svc = await detail.getRoleDetail(a, "cfnrole");
    expect(svc).toMatchObject({ ServiceLinked: false, InstanceProfileArns: [], SwitchRoleName: "service-role/CfnRole" });
    expect(svc.SwitchRoleAccount).toBeUndefined();
    expect((await detail.getRoleDetail(a, "Revokable")).SwitchRoleAccount).toBe(ACCT);
    expect(detail.trustsAwsAccount(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "222222222222" } }] }))).toBe(true);
    expect(detail.trustsAwsAccount(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { Federated: "accounts.google.com" } }] }))).toBe(false);
    // A trust that needs an external ID cannot be used from the console: no switch-role link.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html (the console has no external ID field)
    const withExternalId = { Effect: "Allow", Principal: { AWS: "222222222222" }, Condition: { StringEquals: { "sts:ExternalId": "x-1" } } };
    expect(detail.trustsAwsAccount(JSON.stringify({ Statement: [withExternalId] }))).toBe(false);
    const withMfa = { Effect: "Allow", Principal: { AWS: "222222222222" }, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } };
    expect(detail.trustsAwsAccount(JSON.stringify({ Statement: [withMfa] }))).toBe(true);
    expect((await detail.getRoleDetail(a, "AWSServiceRoleForECS")).ServiceLinked).toBe(true);
  });

  it("explains a service-linked role with its service's catalog entry, and a customer role not at all", async () => {
    const a = await admin();
    const ecs = await detail.getRoleDetail(a, "AWSServiceRoleForECS");
    expect(ecs.ServiceLinkedRole).toMatchObject({
      ServicePrincipal: "ecs.amazonaws.com",
      PolicyNames: ["AmazonECSServiceRolePolicy"],
      DocumentationUrl: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html",
    });
    expect(ecs.ServiceLinkedRole?.Explanation).toContain("(ecs.amazonaws.com), which attaches AmazonECSServiceRolePolicy.");
    expect((await detail.getRoleDetail(a, "cfnrole")).ServiceLinkedRole).toBeUndefined();
  });

  it("Manage tags saves the whole set: removals, case-insensitive updates, additions; aws: is refused", async () => {
    const a = await admin();
    await detail.replaceRoleTags(a, "CfnRole", [
      { Key: "team", Value: "a" },
      { Key: "env", Value: "dev" },
    ]);
    const { Tags } = await detail.replaceRoleTags(a, "CfnRole", [
      { Key: "Team", Value: "b" },
      { Key: "owner", Value: "" },
    ]);
    expect(Tags).toEqual([
      { Key: "owner", Value: "" },
      { Key: "Team", Value: "b" },
    ]);
    const reserved = await detail.replaceRoleTags(a, "CfnRole", [{ Key: "aws:x", Value: "1" }]).catch((e) => e);
    expect(reserved.code).toBe("InvalidInput");
    expect((await detail.replaceRoleTags(a, "CfnRole", [])).Tags).toEqual([]);
  });

  it("permissions list managed with Type and inline with documents; export names them", async () => {
    const a = await admin();
    const perms = await detail.getRolePermissions(a, "Reader");
    expect(perms.AttachedPolicies).toEqual([expect.objectContaining({ PolicyName: "AmazonS3ReadOnlyAccess", Type: "AWS managed" })]);
    expect(perms.InlinePolicies.map((p) => p.PolicyName)).toEqual(["lambda-list"]);
    const out = await detail.exportRoleForConsole(a, "Reader");
    for (const text of Object.values(out)) {
      expect(text).toContain("Reader");
      expect(text).toContain("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
    }
  });

  it("Delete cascades a customer role and starts the task for a service-linked role", async () => {
    const a = await admin();
    const gone = await detail.deleteRoleFromDetailPage(a, "Reader");
    expect(gone).toMatchObject({ kind: "deleted", detachedPolicyArns: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"], deletedInlinePolicies: ["lambda-list"] });
    const slr = await detail.deleteRoleFromDetailPage(a, "AWSServiceRoleForECS");
    expect(slr.kind).toBe("slr-deletion-started");
    expect(slr.kind === "slr-deletion-started" && slr.DeletionTaskId).toMatch(/^task\/aws-service-role\/ecs\.amazonaws\.com\/AWSServiceRoleForECS\//);
  });
});
