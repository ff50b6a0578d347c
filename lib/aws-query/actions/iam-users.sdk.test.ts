// ListUsers paging through the real @aws-sdk/client-iam paginator (MaxItems + Marker exactly as the
// SDK sends and follows them) against the real endpoint over a seeded sandbox.
import { IAMClient, paginateListAttachedUserPolicies, paginateListUsers } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());

describe("SDK paginators over the user List calls", () => {
  it("walks every seeded user one page at a time with MaxItems=1", async () => {
    const client = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
    const pages: string[][] = [];
    for await (const page of paginateListUsers({ client, pageSize: 1 }, {})) pages.push((page.Users ?? []).map((u) => u.UserName ?? ""));
    const seeded = await h.db.user.findMany({ where: { accountId: ACCT }, orderBy: { nameLower: "asc" } });
    expect(seeded.length).toBeGreaterThan(1);
    expect(pages).toEqual(seeded.map((u) => [u.name]));
  });

  it("follows ListAttachedUserPolicies markers too", async () => {
    const client = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
    const alice = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const policies = await h.db.managedPolicy.findMany({ where: { name: { in: ["IAMReadOnlyAccess", "AmazonS3ReadOnlyAccess"] } } });
    await h.db.policyAttachment.createMany({ data: policies.map((p) => ({ policyId: p.id, principalType: "user", principalId: alice.id })) });
    const pages: string[][] = [];
    for await (const page of paginateListAttachedUserPolicies({ client, pageSize: 1 }, { UserName: "alice" })) {
      pages.push((page.AttachedPolicies ?? []).map((a) => a.PolicyName ?? ""));
    }
    expect(pages).toEqual([["AmazonS3ReadOnlyAccess"], ["IAMReadOnlyAccess"]]);
    await h.db.policyAttachment.deleteMany({ where: { principalType: "user", principalId: alice.id } });
  });
});
