// The user and group pages' server side against a real seeded sandbox: Manage tags saves the editor's
// rows as the user's whole tag set (removed keys untagged, re-cased keys updated), and the inline
// policies come back with their documents for the Permissions table, in name order.
import { beforeAll, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";

const ACCT = "111111111111";
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });
let db: typeof import("@/lib/db").db;
let users: typeof import("@/lib/iam/users/crud");
let tagging: typeof import("@/lib/iam/users/tagging");
let userInline: typeof import("@/lib/iam/users/inline");
let groups: typeof import("@/lib/iam/groups");
let docs: typeof import("./inline-documents");
let admin: Caller;

beforeAll(async () => {
  pointAtFreshSandbox();
  ({ db } = await import("@/lib/db"));
  users = await import("@/lib/iam/users/crud");
  tagging = await import("@/lib/iam/users/tagging");
  userInline = await import("@/lib/iam/users/inline");
  groups = await import("@/lib/iam/groups");
  docs = await import("./inline-documents");
  const u = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  admin = { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" };
}, 60_000);

it("Manage tags on a user replaces the whole set", async () => {
  await users.createUser(admin, { userName: "tag-target" });
  await tagging.replaceUserTags(admin, "tag-target", [
    { Key: "team", Value: "a" },
    { Key: "env", Value: "dev" },
  ]);
  const { Tags } = await tagging.replaceUserTags(admin, "tag-target", [{ Key: "Team", Value: "b" }]);
  expect(Tags).toEqual([{ Key: "Team", Value: "b" }]);
  expect((await tagging.listUserTags(admin, "tag-target")).Tags).toEqual([{ Key: "Team", Value: "b" }]);
});

it("a user's and a group's inline policies come with their documents; deleting one removes its row", async () => {
  await users.createUser(admin, { userName: "inline-target" });
  await userInline.putUserPolicy(admin, { userName: "inline-target", policyName: "b-policy", policyDocument: DOC });
  await userInline.putUserPolicy(admin, { userName: "inline-target", policyName: "a-policy", policyDocument: DOC });
  const { InlinePolicies } = await docs.userInlinePolicies(admin, "inline-target");
  expect(InlinePolicies.map((p) => p.PolicyName)).toEqual(["a-policy", "b-policy"]);
  expect(JSON.parse(InlinePolicies[0].PolicyDocument)).toEqual(JSON.parse(DOC));
  await docs.deleteUserPolicy(admin, { userName: "inline-target", policyName: "a-policy" });
  expect((await docs.userInlinePolicies(admin, "inline-target")).InlinePolicies.map((p) => p.PolicyName)).toEqual(["b-policy"]);

  await groups.createGroup(admin, { groupName: "InlineTargetGroup" });
  expect((await docs.groupInlinePolicies(admin, "InlineTargetGroup")).InlinePolicies).toEqual([]);
  await groups.putGroupPolicy(admin, { groupName: "InlineTargetGroup", policyName: "g", policyDocument: DOC });
  expect((await docs.groupInlinePolicies(admin, "InlineTargetGroup")).InlinePolicies.map((p) => p.PolicyName)).toEqual(["g"]);
});
