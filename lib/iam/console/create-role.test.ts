// The console's composite Create role against a real seeded sandbox: everything the wizard asked
// for exists afterwards, and every failure — quota, duplicate name, denied caller, a call failing
// half-way — leaves the account exactly as it was (no orphan role, attachment or instance profile).
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";

let mod: typeof import("./create-role");
let page: typeof import("./roles-page");
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";
const RDS_FULL = "arn:aws:iam::aws:policy/AmazonRDSFullAccess";
const IAM_RO = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
const EC2_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole"], Principal: { Service: ["ec2.amazonaws.com"] } }],
});

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ db } = sandbox);
  mod = await import("./create-role");
  page = await import("./roles-page");
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

async function footprint(name: string) {
  const role = await db.role.findUnique({ where: { accountId_nameLower: { accountId: ACCT, nameLower: name.toLowerCase() } } });
  const profile = await db.instanceProfile.findUnique({ where: { accountId_nameLower: { accountId: ACCT, nameLower: name.toLowerCase() } } });
  const attachments = role ? await db.policyAttachment.count({ where: { principalType: "role", principalId: role.id } }) : 0;
  return { role: !!role, profile: !!profile, attachments };
}

describe("createRoleForConsole", () => {
  it("creates the role with policies, boundary, tags and the EC2 instance profile", async () => {
    const admin = await caller("admin");
    const out = await mod.createRoleForConsole(admin, {
      roleName: "WebServers",
      assumeRolePolicyDocument: EC2_TRUST,
      description: "Allows EC2 instances to call AWS services on your behalf.",
      policyArns: [RDS_FULL, IAM_RO, RDS_FULL],
      permissionsBoundary: IAM_RO,
      tags: [{ Key: "team", Value: "web" }],
      instanceProfile: true,
    });
    expect(out.Role.Arn).toBe(`arn:aws:iam::${ACCT}:role/WebServers`);
    expect(out.AttachedPolicyArns).toEqual([RDS_FULL, IAM_RO]);
    expect(out.InstanceProfileArn).toBe(`arn:aws:iam::${ACCT}:instance-profile/WebServers`);
    const role = await db.role.findFirstOrThrow({ where: { accountId: ACCT, name: "WebServers" } });
    expect(role.permissionsBoundary).toBe(IAM_RO);
    expect(await db.policyAttachment.count({ where: { principalType: "role", principalId: role.id } })).toBe(2);
    const profile = await db.instanceProfile.findFirstOrThrow({ where: { accountId: ACCT, name: "WebServers" } });
    expect(profile.roleId).toBe(role.id);
    expect(await db.tag.count({ where: { ownerType: "role", ownerId: role.id } })).toBe(1);

    const rows = await page.listRolesTablePage(admin, { search: "webserv", page: 1, pageSize: 10 });
    expect(rows.Total).toBe(1);
    expect(rows.Roles[0]).toMatchObject({ RoleName: "WebServers", TrustedEntities: ["AWS Service: ec2"], MaxSessionDuration: 3600 });
  });

  it("a duplicate name (any case) is EntityAlreadyExists and writes nothing", async () => {
    const admin = await caller("admin");
    const before = await db.role.count();
    const err = await mod.createRoleForConsole(admin, { roleName: "webservers", assumeRolePolicyDocument: EC2_TRUST, policyArns: [IAM_RO] }).catch((e) => e);
    expect([err.code, err.message]).toEqual(["EntityAlreadyExists", "Role with name webservers already exists."]);
    expect(await db.role.count()).toBe(before);
  });

  it("more policies than the quota is LimitExceeded before anything is created", async () => {
    const admin = await caller("admin");
    const arns = (await db.managedPolicy.findMany({ where: { accountId: null, path: "/" }, take: 11, select: { arn: true } })).map((p) => p.arn);
    const err = await mod.createRoleForConsole(admin, { roleName: "TooMany", assumeRolePolicyDocument: EC2_TRUST, policyArns: arns }).catch((e) => e);
    expect([err.code, err.message]).toEqual(["LimitExceeded", "Cannot exceed quota for PoliciesPerRole: 10"]);
    expect(await footprint("TooMany")).toEqual({ role: false, profile: false, attachments: 0 });
  });

  it("a malformed trust policy is refused by IAM with nothing written", async () => {
    const admin = await caller("admin");
    const err = await mod.createRoleForConsole(admin, { roleName: "BadTrust", assumeRolePolicyDocument: "{not json" }).catch((e) => e);
    expect(err.code).toBe("MalformedPolicyDocument");
    expect(await footprint("BadTrust")).toEqual({ role: false, profile: false, attachments: 0 });
  });

  it("a failure after the role exists removes the role and its attachments again", async () => {
    const admin = await caller("admin");
    const slrPolicy = await db.managedPolicy.findFirstOrThrow({ where: { path: { startsWith: "/aws-service-role/" } } });
    const err = await mod
      .createRoleForConsole(admin, { roleName: "HalfMade", assumeRolePolicyDocument: EC2_TRUST, policyArns: [IAM_RO, slrPolicy.arn] })
      .catch((e) => e);
    expect(err.code).toBe("PolicyNotAttachable");
    expect(await footprint("HalfMade")).toEqual({ role: false, profile: false, attachments: 0 });
  });

  it("an instance profile name already taken rolls the role back and keeps the other profile", async () => {
    const admin = await caller("admin");
    const { createInstanceProfile } = await import("@/lib/iam/instance-profiles/profiles");
    await createInstanceProfile(admin, { instanceProfileName: "Taken" });
    const err = await mod
      .createRoleForConsole(admin, { roleName: "Taken", assumeRolePolicyDocument: EC2_TRUST, policyArns: [IAM_RO], instanceProfile: true })
      .catch((e) => e);
    expect([err.code, err.message]).toEqual(["EntityAlreadyExists", "Instance Profile Taken already exists."]);
    expect(await footprint("Taken")).toEqual({ role: false, profile: true, attachments: 0 });
  });

  it("a caller without iam:CreateRole is denied and nothing is written", async () => {
    const alice = await caller("alice");
    const err = await mod.createRoleForConsole(alice, { roleName: "AliceRole", assumeRolePolicyDocument: EC2_TRUST }).catch((e) => e);
    expect(err.code).toBe("AccessDenied");
    expect(err.message).toContain("iam:CreateRole");
    expect(await footprint("AliceRole")).toEqual({ role: false, profile: false, attachments: 0 });
  });

  it("service-linked use cases create the AWS-named role", async () => {
    const admin = await caller("admin");
    const out = await mod.createServiceLinkedRoleForConsole(admin, { awsServiceName: "spot.amazonaws.com", description: "spot" });
    expect(out.Role.RoleName).toBe("AWSServiceRoleForEC2Spot");
    expect(out.Role.Path).toBe("/aws-service-role/spot.amazonaws.com/");
    expect(out.AttachedPolicyArns).toEqual(["arn:aws:iam::aws:policy/aws-service-role/AWSEC2SpotServiceRolePolicy"]);
  });
});
