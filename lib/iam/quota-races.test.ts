// Quotas hold under concurrent calls on both stores. SQLite runs one writing transaction at a time;
// PostgreSQL (READ COMMITTED) lets two transactions count the same rows and both insert, unless the
// owner's row is locked first (lib/data/row-lock.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, ALLOW_ALL, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("./roles");
let keys: typeof import("@/lib/iam/access-keys/keys");

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("./roles");
  keys = await import("@/lib/iam/access-keys/keys");
}, 60_000);

const settled = async (work: Promise<unknown>[]) => (await Promise.allSettled(work)).map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { code?: string }).code));

describe("quotas under concurrent calls", () => {
  it("attaches at most PoliciesPerRole: 10 managed policies to a role", async () => {
    await roles.createRole(sb.admin, { roleName: "Racy", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
    const arns = (await sb.db.managedPolicy.findMany({ where: { accountId: null, path: "/" }, take: 16, orderBy: { nameLower: "asc" } })).map((p) => p.arn);
    const outcomes = await settled(arns.map((arn) => roles.attachRolePolicy(sb.admin, "Racy", arn)));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "LimitExceeded")).toHaveLength(6);
    const role = await sb.db.role.findFirstOrThrow({ where: { accountId: ACCT, name: "Racy" } });
    expect(await sb.db.policyAttachment.count({ where: { principalType: "role", principalId: role.id } })).toBe(10);
  });

  it("keeps a role's inline policies within 10,240 bytes in total", async () => {
    await roles.createRole(sb.admin, { roleName: "RacyInline", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
    // Each document is a little over a third of the quota: only two fit.
    const doc = JSON.stringify({ ...JSON.parse(ALLOW_ALL), Id: "x".repeat(3500) });
    const outcomes = await settled(Array.from({ length: 8 }, (_, i) => roles.putRolePolicy(sb.admin, "RacyInline", `p${i}`, doc)));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(2);
    expect((await roles.listRolePolicies(sb.admin, "RacyInline")).PolicyNames).toHaveLength(2);
  });

  it("creates at most two access keys per user", async () => {
    const bob = await sb.db.user.create({ data: { id: "AIDARACYBOB0000000001", accountId: ACCT, name: "racy-bob", nameLower: "racy-bob", arn: `arn:aws:iam::${ACCT}:user/racy-bob` } });
    const outcomes = await settled(Array.from({ length: 6 }, () => keys.createAccessKey(sb.admin, bob.name)));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(2);
    expect(await sb.db.accessKey.count({ where: { userId: bob.id } })).toBe(2);
  });
});
