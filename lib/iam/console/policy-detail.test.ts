// The console's policy page compositions against a real seeded sandbox: detail with the default
// JSON, entity sections, Save changes at the 5-version limit, and the console delete.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";

let detail: typeof import("./policy-detail");
let policies: typeof import("@/lib/iam/policies");
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ db } = sandbox);
  detail = await import("./policy-detail");
  policies = await import("@/lib/iam/policies");
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

const doc = (action: string) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: action, Resource: "*" }] });

async function newPolicy(admin: Caller, name: string) {
  return (await policies.createPolicy(admin, { policyName: name, policyDocument: doc("s3:ListAllMyBuckets"), description: "d" })).Policy.Arn;
}

describe("getPolicyForConsole", () => {
  it("returns the job-function type and the default version's JSON of an AWS managed policy", async () => {
    const d = await detail.getPolicyForConsole(await caller("admin"), "arn:aws:iam::aws:policy/AdministratorAccess");
    expect(d.Type).toBe("AWS managed - job function");
    expect(JSON.parse(d.Document).Statement[0]).toMatchObject({ Effect: "Allow", Action: "*", Resource: "*" });
  });

  it("answers NoSuchEntity for a missing policy and AccessDenied without permission", async () => {
    const admin = await caller("admin");
    expect(await detail.getPolicyForConsole(admin, `arn:aws:iam::${ACCT}:policy/Nope`).catch((e) => e.message)).toBe(`Policy arn:aws:iam::${ACCT}:policy/Nope was not found.`);
    expect(await detail.getPolicyForConsole(await caller("alice"), "arn:aws:iam::aws:policy/AdministratorAccess").catch((e) => e.code)).toBe("AccessDenied");
  });
});

describe("listPolicyEntitiesForConsole", () => {
  it("separates permissions-policy and boundary uses", async () => {
    const admin = await caller("admin");
    const arn = await newPolicy(admin, `Ents${Date.now()}`);
    const policy = await db.managedPolicy.findUniqueOrThrow({ where: { arn } });
    const alice = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    await db.policyAttachment.create({ data: { policyId: policy.id, principalType: "user", principalId: alice.id } });
    const role = await db.role.findFirstOrThrow({ where: { accountId: ACCT } });
    await db.role.update({ where: { id: role.id }, data: { permissionsBoundary: arn } });
    const e = await detail.listPolicyEntitiesForConsole(admin, arn);
    expect(e.PermissionsPolicy).toEqual([{ Name: "alice", Type: "User" }]);
    expect(e.PermissionsBoundary).toEqual([{ Name: role.name, Type: "Role" }]);
    await db.role.update({ where: { id: role.id }, data: { permissionsBoundary: null } });
    expect(await detail.deletePolicyForConsole(admin, arn).catch((e) => [e.code, e.message])).toEqual(["DeleteConflict", "Cannot delete a policy attached to entities."]);
    expect(await db.managedPolicy.count({ where: { arn } })).toBe(1);
  });
});

describe("savePolicyChanges and deletePolicyForConsole", () => {
  it("creates default versions, refuses a sixth unless replacing the oldest, then deletes with versions", async () => {
    const admin = await caller("admin");
    const arn = await newPolicy(admin, `Versions${Date.now()}`);
    for (let i = 2; i <= 5; i++) {
      expect(await detail.savePolicyChanges(admin, { policyArn: arn, policyDocument: doc(`s3:GetObject`) })).toEqual({ VersionId: `v${i}` });
    }
    expect((await detail.getPolicyForConsole(admin, arn)).Policy.DefaultVersionId).toBe("v5");
    expect(await detail.savePolicyChanges(admin, { policyArn: arn, policyDocument: doc("s3:PutObject") }).catch((e) => e.code)).toBe("LimitExceeded");

    // A malformed document removes nothing, even when asked to make room.
    expect(await detail.savePolicyChanges(admin, { policyArn: arn, policyDocument: "{", replaceOldestVersion: true }).catch((e) => e.code)).toBe("MalformedPolicyDocument");
    expect((await policies.listPolicyVersions(admin, arn)).Versions).toHaveLength(5);

    expect(await detail.savePolicyChanges(admin, { policyArn: arn, policyDocument: doc("s3:PutObject"), replaceOldestVersion: true })).toEqual({ VersionId: "v6", DeletedVersionId: "v1" });
    const d = await detail.getPolicyForConsole(admin, arn);
    expect([d.Policy.DefaultVersionId, JSON.parse(d.Document).Statement[0].Action]).toEqual(["v6", "s3:PutObject"]);

    await detail.deletePolicyForConsole(admin, arn);
    expect(await db.managedPolicy.count({ where: { arn } })).toBe(0);
    expect(await detail.deletePolicyForConsole(admin, "arn:aws:iam::aws:policy/ReadOnlyAccess").catch((e) => e.code)).toBe("AccessDenied");
  });
});
