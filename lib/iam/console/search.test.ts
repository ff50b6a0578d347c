// The top search on the real store: each resource kind only for a caller allowed its List action
// (authorize first; a denied kind is left out, never an error that would reveal anything), AWS
// managed policies beside the account's own, nothing of another account, and LIKE wildcards taken
// literally. Unified search lists what the caller could see in the console's own tables:
// https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/search.html [INF: resource kinds per List action]
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { OTHER_ACCT, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let search: typeof import("./search").searchConsole;
let rolesOnly: Caller;
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });
const LIST_ROLES = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListRoles", Resource: "*" }] });

beforeAll(async () => {
  sb = await openSandbox();
  ({ searchConsole: search } = await import("./search"));
  const { createUser, putUserPolicy } = await import("@/lib/iam/users");
  const { createPolicy } = await import("@/lib/iam/policies");
  const { createRole } = await import("@/lib/iam/roles");
  const { createGroup } = await import("@/lib/iam/groups");
  const { createOpenIDConnectProvider } = await import("@/lib/iam/identity-providers/providers");
  await createRole(sb.admin, { roleName: "SrchRole", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
  await createRole(sb.admin, { roleName: "Srch1Wild", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
  await createUser(sb.admin, { userName: "srch-user" });
  await createGroup(sb.admin, { groupName: "SrchGroup" });
  await createPolicy(sb.admin, { policyName: "SrchPolicy", policyDocument: DOC });
  await createOpenIDConnectProvider(sb.admin, { url: "https://srch.example.com", clientIdList: ["sts.amazonaws.com"] });
  await createUser(sb.admin, { userName: "roles-reader" });
  await putUserPolicy(sb.admin, { userName: "roles-reader", policyName: "ListRoles", policyDocument: LIST_ROLES });
  rolesOnly = await sb.userCaller(sb.admin.accountId, "roles-reader");
}, 240_000);

const labels = (r: { resources: { label: string; description: string }[] }) => r.resources.map((x) => `${x.description}: ${x.label}`);

describe("searchConsole", () => {
  it("finds every kind of the account's resources for an administrator", async () => {
    expect(labels(await search(sb.admin, "srch"))).toEqual([
      // All prefix matches: the shorter name first, then by name.
      "IAM role: SrchRole",
      "IAM user: srch-user",
      "IAM role: Srch1Wild",
      "IAM user group: SrchGroup",
      "Customer managed policy: SrchPolicy",
      "Identity provider: srch.example.com",
    ]);
  });

  it("finds AWS managed policies, the exact name first", async () => {
    const r = await search(sb.admin, "AdministratorAccess");
    expect(r.resources[0]).toEqual({
      label: "AdministratorAccess",
      href: `/iam/policies/details/${encodeURIComponent("arn:aws:iam::aws:policy/AdministratorAccess")}`,
      description: "AWS managed policy",
    });
  });

  it("shows only the kinds the caller may list, and features to everyone", async () => {
    expect(labels(await search(rolesOnly, "srch"))).toEqual(["IAM role: SrchRole", "IAM role: Srch1Wild"]);
    const alice = await search(sb.alice, "srch");
    expect(alice.resources).toEqual([]);
    expect((await search(sb.alice, "access graph")).features[0]).toEqual({ label: "Access graph", href: "/iam/access-graph", description: "IAM feature" });
  });

  it("never returns another account's resources", async () => {
    const other = await sb.userCaller(OTHER_ACCT, "admin");
    expect(labels(await search(other, "srch"))).toEqual([]);
  });

  it("takes LIKE wildcards literally", async () => {
    // "_" would match the "1" of Srch1Wild in SQL LIKE.
    expect(labels(await search(sb.admin, "srch_w"))).toEqual([]);
    expect(labels(await search(sb.admin, "%"))).toEqual([]);
  });
});
