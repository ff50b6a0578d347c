// The Policies table against a real seeded sandbox: Type filters, search, page numbers, totals, and
// "Used as" counts that only see the caller's own account.
import { beforeAll, describe, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";

let table: typeof import("./policies-table");
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";

beforeAll(async () => {
  pointAtFreshSandbox();
  table = await import("./policies-table");
  ({ db } = await import("@/lib/db"));
}, 60_000);

async function caller(name: string, accountId = ACCT): Promise<Caller> {
  const u = await db.user.findFirstOrThrow({ where: { accountId, name } });
  return { kind: "user", accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}

describe("usedAsLabel", () => {
  it("names each use with its count, or Not used", () => {
    expect(table.usedAsLabel({ PermissionsPolicyCount: 0, PermissionsBoundaryCount: 0 })).toBe("Not used");
    expect(table.usedAsLabel({ PermissionsPolicyCount: 2, PermissionsBoundaryCount: 0 })).toBe("Permissions policy (2)");
    expect(table.usedAsLabel({ PermissionsPolicyCount: 1, PermissionsBoundaryCount: 3 })).toBe("Permissions policy (1), Permissions boundary (3)");
  });
});

describe("listPoliciesForConsole", () => {
  it("filters by type, searches by name and pages by number", async () => {
    const admin = await caller("admin");
    const all = await table.listPoliciesForConsole(admin, { pageSize: 50 });
    expect(all.Total).toBeGreaterThanOrEqual(1594);
    expect(all.Matches).toBe(all.Total);
    expect(all.Policies).toHaveLength(50);

    const jobs = await table.listPoliciesForConsole(admin, { type: "JobFunction", pageSize: 100 });
    const names = jobs.Policies.map((p) => p.PolicyName);
    expect(names).toEqual(expect.arrayContaining(["AdministratorAccess", "ViewOnlyAccess", "DatabaseAdministrator"]));
    expect(jobs.Policies.every((p) => p.Type === "AWS managed - job function")).toBe(true);
    expect(jobs.Total).toBe(all.Total);

    const aws = await table.listPoliciesForConsole(admin, { type: "AWS", search: "administratoraccess" });
    expect(aws.Policies.map((p) => p.PolicyName)).not.toContain("AdministratorAccess");
    expect(aws.Policies.every((p) => p.Type === "AWS managed")).toBe(true);

    const rds = await table.listPoliciesForConsole(admin, { search: " RDS ", pageSize: 10 });
    expect(rds.Matches).toBeGreaterThan(10);
    expect(rds.Matches).toBeLessThan(100);
    expect(rds.Policies.every((p) => p.PolicyName.toLowerCase().includes("rds"))).toBe(true);
    const page2 = await table.listPoliciesForConsole(admin, { search: "rds", pageSize: 10, page: 2 });
    expect(page2.Policies[0].PolicyName.toLowerCase() > rds.Policies[9].PolicyName.toLowerCase()).toBe(true);

    expect(await table.listPoliciesForConsole(admin, { page: 0 }).catch((e) => e.code)).toBe("ValidationError");
    expect(await table.listPoliciesForConsole(admin, { pageSize: 1001 }).catch((e) => e.code)).toBe("ValidationError");
  });

  it("counts usage in the caller's account only and hides other accounts' policies", async () => {
    const admin = await caller("admin");
    const policy = await db.managedPolicy.create({
      data: { id: "ANPATABLETEST00000001", arn: `arn:aws:iam::${ACCT}:policy/TableTest`, accountId: ACCT, name: "TableTest", nameLower: "tabletest", defaultVersionId: "v1", description: "for the table" },
    });
    await db.managedPolicy.create({
      data: { id: "ANPATABLETEST00000002", arn: "arn:aws:iam::222222222222:policy/TableTest", accountId: "222222222222", name: "TableTest", nameLower: "tabletest", defaultVersionId: "v1" },
    });
    const alice = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    await db.user.update({ where: { id: alice.id }, data: { permissionsBoundary: policy.arn } });
    await db.policyAttachment.create({ data: { policyId: policy.id, principalType: "user", principalId: alice.id } });

    const local = await table.listPoliciesForConsole(admin, { type: "Local", search: "tabletest" });
    expect(local.Policies).toHaveLength(1);
    expect(local.Policies[0]).toMatchObject({ Type: "Customer managed", Description: "for the table", PermissionsPolicyCount: 1, PermissionsBoundaryCount: 1 });

    // AdministratorAccess is attached to both sandbox accounts' admins; each account sees its own.
    const [adminAccess] = (await table.listPoliciesForConsole(admin, { type: "JobFunction", search: "administratoraccess" })).Policies;
    const total = await db.policyAttachment.count({ where: { policyId: (await db.managedPolicy.findFirstOrThrow({ where: { name: "AdministratorAccess" } })).id } });
    expect(adminAccess.PermissionsPolicyCount).toBeGreaterThan(0);
    expect(adminAccess.PermissionsPolicyCount).toBeLessThan(total);
  });

  it("sorts by name, type and description on the server, across pages", async () => {
    const admin = await caller("admin");
    await db.managedPolicy.create({
      data: { id: "ANPASORTTEST000000001", arn: `arn:aws:iam::${ACCT}:policy/SortTest`, accountId: ACCT, name: "SortTest", nameLower: "sorttest", defaultVersionId: "v1", description: "zzz last" },
    });
    const names = async (input: Parameters<typeof table.listPoliciesForConsole>[1]) =>
      (await table.listPoliciesForConsole(admin, { pageSize: 5, ...input })).Policies;
    const desc = await names({ sort: "PolicyName", descending: true });
    expect(desc.map((p) => p.PolicyName.toLowerCase())).toEqual(desc.map((p) => p.PolicyName.toLowerCase()).sort().reverse());
    // Type ascending: AWS managed, then job functions, then the account's own; descending the reverse.
    expect((await names({ sort: "Type" }))[0].Type).toBe("AWS managed");
    expect((await names({ sort: "Type", descending: true }))[0].Type).toBe("Customer managed");
    const total = (await table.listPoliciesForConsole(admin, {})).Matches;
    const jobsEnd = await names({ sort: "Type", descending: true, pageSize: 1, page: total - 1 });
    expect(jobsEnd[0].Type).toBe("AWS managed");
    expect((await names({ sort: "Description", descending: true, type: "Local" }))[0].PolicyName).toBe("SortTest");
  });

  it("answers AccessDenied to a user without iam:ListPolicies", async () => {
    expect(await table.listPoliciesForConsole(await caller("alice")).catch((e) => e.code)).toBe("AccessDenied");
  });
});
