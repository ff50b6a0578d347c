// The attach-policy picker's search over the seeded AWS catalog, and user policy attachments with
// the PoliciesPerUser quota, against a real seeded sandbox.
import { beforeAll, describe, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";

let list: typeof import("./list");
let up: typeof import("@/lib/iam/users/attached");
let attachments: typeof import("@/lib/iam/attachments");
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";
const RDS_RO = "arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess";

beforeAll(async () => {
  pointAtFreshSandbox();
  list = await import("./list");
  up = await import("@/lib/iam/users/attached");
  attachments = await import("@/lib/iam/attachments");
  ({ db } = await import("@/lib/db"));
}, 60_000);

async function caller(name: string, accountId = ACCT): Promise<Caller> {
  const u = await db.user.findFirstOrThrow({ where: { accountId, name } });
  return { kind: "user", accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}

describe("listPolicies", () => {
  it("searches the catalog case-insensitively and pages with a marker", async () => {
    const admin = await caller("admin");
    const found = await list.listPolicies(admin, { search: "rdsreadonly" });
    expect(found.Policies.map((p) => p.Arn)).toContain(RDS_RO);
    expect(found.Policies.every((p) => p.PolicyName.toLowerCase().includes("rdsreadonly"))).toBe(true);

    const first = await list.listPolicies(admin, { scope: "AWS", maxItems: 50 });
    expect(first.IsTruncated).toBe(true);
    const second = await list.listPolicies(admin, { scope: "AWS", maxItems: 50, marker: first.Marker });
    expect(second.Policies[0].PolicyName.toLowerCase() >= first.Policies[49].PolicyName.toLowerCase()).toBe(true);
    expect(new Set([...first.Policies, ...second.Policies].map((p) => p.Arn)).size).toBe(100);
    const total = await db.managedPolicy.count({ where: { accountId: null } });
    const last = await list.listPolicies(admin, { scope: "AWS", maxItems: 50, marker: String(total - 10) });
    expect([last.Policies.length, last.IsTruncated, last.Marker]).toEqual([10, false, undefined]);
    expect(await list.listPolicies(admin, { maxItems: 0 }).catch((e) => e.code)).toBe("ValidationError");
    expect(await list.listPolicies(admin, { marker: "abc" }).catch((e) => e.code)).toBe("ValidationError");
  });

  it("scopes Local to the caller's account and counts attachments", async () => {
    const admin = await caller("admin");
    await db.managedPolicy.create({
      data: { id: "ANPAOTHERACCOUNT00001", arn: "arn:aws:iam::222222222222:policy/Other", accountId: "222222222222", name: "Other", nameLower: "other", defaultVersionId: "v1" },
    });
    expect((await list.listPolicies(admin, { scope: "Local" })).Policies).toEqual([]);
    expect((await list.listPolicies(admin, { search: "other" })).Policies.map((p) => p.PolicyName)).not.toContain("Other");
    const attached = await list.listPolicies(admin, { onlyAttached: true, search: "administratoraccess" });
    expect(attached.Policies.find((p) => p.PolicyName === "AdministratorAccess")?.AttachmentCount).toBe(2);
    const alice = await caller("alice");
    expect(await list.listPolicies(alice).catch((e) => e.code)).toBe("AccessDenied");
  });
});

describe("user policies", () => {
  it("attaches, lists with types, detaches, and refuses another account's policy", async () => {
    const admin = await caller("admin");
    await up.attachUserPolicies(admin, "alice", [RDS_RO]);
    await up.attachUserPolicy(admin, "alice", RDS_RO); // idempotent
    const listed = await up.listAttachedUserPolicies(admin, "alice");
    expect(listed.AttachedPolicies).toEqual([{ PolicyName: "AmazonRDSReadOnlyAccess", PolicyArn: RDS_RO }]);
    expect(await attachments.describeAttached(listed.AttachedPolicies)).toEqual([
      { PolicyName: "AmazonRDSReadOnlyAccess", PolicyArn: RDS_RO, Type: "AWS managed", AttachmentCount: 1 },
    ]);
    const foreign = await up.attachUserPolicy(admin, "alice", "arn:aws:iam::222222222222:policy/Other").catch((e) => e);
    expect([foreign.code, foreign.message]).toEqual(["NoSuchEntity", "Policy arn:aws:iam::222222222222:policy/Other does not exist or is not attachable."]);
    await up.detachUserPolicy(admin, "alice", RDS_RO);
    expect((await up.listAttachedUserPolicies(admin, "alice")).AttachedPolicies).toEqual([]);
  });

  it("labels job-function policies and enforces PoliciesPerUser: 10", async () => {
    const admin = await caller("admin");
    const [readOnly] = await attachments.describeAttached([{ PolicyName: "ReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }]);
    expect(readOnly.Type).toBe("AWS managed - job function");
    const eleven = (await db.managedPolicy.findMany({ where: { accountId: null }, take: 11, orderBy: { nameLower: "asc" } })).map((p) => p.arn);
    const err = await up.attachUserPolicies(admin, "alice", eleven).catch((e) => e);
    expect([err.code, err.message]).toEqual(["LimitExceeded", "Cannot exceed quota for PoliciesPerUser: 10"]);
    await up.attachUserPolicies(admin, "alice", eleven.slice(0, 10));
    expect(await up.attachUserPolicy(admin, "alice", eleven[10]).catch((e) => e.message)).toBe("Cannot exceed quota for PoliciesPerUser: 10");
  });
});
