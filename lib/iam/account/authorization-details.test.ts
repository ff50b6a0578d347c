// GetAccountAuthorizationDetails lists each entity's inline policies and tags in the order their own
// List calls give (ListRolePolicies by name, ListRoleTags by key), on both stores: PostgreSQL returns
// an updated row after the others when nothing orders the query, SQLite keeps it in place.
import { beforeAll, describe, expect, it } from "vitest";
import { ALLOW_ALL, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("@/lib/iam/roles");
let details: typeof import("./authorization-details");

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("@/lib/iam/roles");
  details = await import("./authorization-details");
}, 60_000);

describe("getAccountAuthorizationDetails", () => {
  it("lists a role's inline policies by name and its tags by key, after updates too", async () => {
    await roles.createRole(sb.admin, { roleName: "ordered", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
    for (const name of ["alpha", "beta", "gamma"]) await roles.putRolePolicy(sb.admin, "ordered", name, ALLOW_ALL);
    await roles.tagRole(sb.admin, "ordered", [{ Key: "Alpha", Value: "1" }, { Key: "Beta", Value: "1" }, { Key: "Gamma", Value: "1" }]);
    // Rewritten rows: PostgreSQL stores the new version after the others.
    await roles.putRolePolicy(sb.admin, "ordered", "alpha", ALLOW_ALL.replace("s3:GetObject", "s3:PutObject"));
    await roles.tagRole(sb.admin, "ordered", [{ Key: "Alpha", Value: "2" }]);

    const out = (await details.getAccountAuthorizationDetails(sb.admin, { filter: ["Role"] })) as {
      RoleDetailList: { RoleName: string; RolePolicyList: { PolicyName: string }[]; Tags: { Key: string; Value: string }[] }[];
    };
    const role = out.RoleDetailList.find((r) => r.RoleName === "ordered")!;
    expect(role.RolePolicyList.map((p) => p.PolicyName)).toEqual(["alpha", "beta", "gamma"]);
    expect(role.Tags).toEqual([{ Key: "Alpha", Value: "2" }, { Key: "Beta", Value: "1" }, { Key: "Gamma", Value: "1" }]);
    expect((await roles.listRoleTags(sb.admin, "ordered")).Tags.map((t) => t.Key)).toEqual(role.Tags.map((t) => t.Key));
  });
});
