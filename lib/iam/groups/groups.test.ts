// Groups against a real seeded sandbox: AWS's name rules and messages, membership both ways, the
// group's attached policies granting its members access, quotas, and the console's cascading delete.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";

let groups: typeof import(".");
let users: typeof import("@/lib/iam/users/crud");
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";
const RDS_RO = "arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ db } = sandbox);
  groups = await import(".");
  users = await import("@/lib/iam/users/crud");
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

describe("groups", () => {
  it("creates a group with members and a policy, and names are unique case-insensitively", async () => {
    const admin = await caller("admin");
    const { Group } = await groups.createGroupWithMembers(admin, { groupName: "Readers", userNames: ["alice"], policyArns: [RDS_RO] });
    expect(Group.Arn).toBe(`arn:aws:iam::${ACCT}:group/Readers`);
    expect(Group.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    const dup = await groups.createGroup(admin, { groupName: "READERS" }).catch((e) => e);
    expect([dup.code, dup.message]).toEqual(["EntityAlreadyExists", "Group with name READERS already exists."]);
    const bad = await groups.createGroup(admin, { groupName: "has space" }).catch((e) => e);
    expect(bad.code).toBe("ValidationError");
    expect((await groups.createGroup(admin, { groupName: "g".repeat(128) })).Group.GroupName).toHaveLength(128);
    expect(await groups.createGroup(admin, { groupName: "g".repeat(129) }).catch((e) => e.code)).toBe("ValidationError");

    const got = await groups.getGroup(admin, "readers");
    expect(got.Users.map((u) => u.UserName)).toEqual(["alice"]);
    expect((await groups.listGroupsForUser(admin, "alice")).Groups.map((g) => g.GroupName)).toEqual(["Readers"]);
    expect((await groups.listAttachedGroupPolicies(admin, "Readers")).AttachedPolicies).toEqual([
      { PolicyName: "AmazonRDSReadOnlyAccess", PolicyArn: RDS_RO },
    ]);
    const summary = (await groups.listGroupSummaries(admin)).Groups.find((g) => g.GroupName === "Readers");
    expect(summary).toMatchObject({ UserCount: 1, PermissionsDefined: true });
    const dev = (await groups.listGroupSummaries(admin)).Groups.find((g) => g.GroupName === "Developers");
    expect(dev).toMatchObject({ UserCount: 0, PermissionsDefined: false });
  });

  it("a group's policy grants its members access; removing the member takes it away", async () => {
    const admin = await caller("admin");
    const alice = await caller("alice");
    const { authorize } = await import("@/lib/authz/authorize");
    await expect(authorize(alice, "rds:DescribeDBInstances", "*")).resolves.toBeUndefined();
    await groups.removeUserFromGroup(admin, "Readers", "alice");
    expect(await authorize(alice, "rds:DescribeDBInstances", "*").catch((e) => e.code)).toBe("AccessDenied");
    const again = await groups.removeUserFromGroup(admin, "Readers", "alice").catch((e) => e);
    expect(again.code).toBe("NoSuchEntity");
  });

  it("enforces the policies-per-group quota for a whole selection", async () => {
    const admin = await caller("admin");
    const eleven = (await db.managedPolicy.findMany({ where: { accountId: null }, take: 11, orderBy: { nameLower: "asc" } })).map((p) => p.arn);
    const err = await groups.attachGroupPolicies(admin, "Developers", eleven).catch((e) => e);
    expect([err.code, err.message]).toEqual(["LimitExceeded", "Cannot exceed quota for PoliciesPerGroup: 10"]);
    expect((await groups.listAttachedGroupPolicies(admin, "Developers")).AttachedPolicies).toHaveLength(0);
    await groups.attachGroupPolicies(admin, "Developers", eleven.slice(0, 10));
    const one = await groups.attachGroupPolicy(admin, "Developers", eleven[10]).catch((e) => e);
    expect(one.message).toBe("Cannot exceed quota for PoliciesPerGroup: 10");
    await groups.detachGroupPolicy(admin, "Developers", eleven[0]);
    const missing = await groups.detachGroupPolicy(admin, "Developers", eleven[0]).catch((e) => e);
    expect([missing.code, missing.message]).toEqual(["NoSuchEntity", `Policy ${eleven[0]} was not found.`]);
  });

  it("denies alice, and the console delete removes members and policies with the group", async () => {
    const alice = await caller("alice");
    const denied = await groups.listGroups(alice).catch((e) => e);
    expect(denied.message).toBe(
      `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: iam:ListGroups on resource: arn:aws:iam::${ACCT}:group/ because no identity-based policy allows the iam:ListGroups action`,
    );
    const admin = await caller("admin");
    await groups.addUserToGroup(admin, "Developers", "alice");
    await groups.addUserToGroup(admin, "Developers", "alice"); // idempotent
    const group = await db.group.findFirstOrThrow({ where: { name: "Developers" } });
    await groups.deleteGroupWithDependents(admin, "Developers");
    expect(await db.groupMembership.count({ where: { groupId: group.id } })).toBe(0);
    expect(await db.policyAttachment.count({ where: { principalType: "group", principalId: group.id } })).toBe(0);
    const gone = await groups.getGroup(admin, "Developers").catch((e) => e);
    expect([gone.code, gone.message]).toEqual(["NoSuchEntity", "The group with name Developers cannot be found."]);
    expect((await users.getUser(admin, "alice")).User.UserName).toBe("alice");
  });
});

// As the wire does (lib/iam/policy-arn-syntax.test.ts for users and roles): a policy ARN's syntax is
// checked before authorization and lookup, whoever asks and whether or not the group exists.
describe("policy ARN syntax before authorization and lookup", () => {
  it("group verbs and user permissions boundaries", async () => {
    const { putUserPermissionsBoundary } = await import("@/lib/iam/users/update");
    for (const who of ["admin", "alice"]) {
      const c = await caller(who);
      for (const arn of [`arn:aws:iam::${ACCT}:role/NotAPolicy`, "not-an-arn"]) {
        // Not ARN-shaped: ValidationError (issue #12); another kind of ARN: InvalidInput (lib/aws/arn.ts).
        const invalid = arn.startsWith("arn:") ? { code: "InvalidInput", message: `ARN ${arn} is not valid.` } : { code: "ValidationError", message: "Invalid ARN: Could not be parsed" };
        const codeOf = (p: Promise<unknown>) => p.then(() => ({}), (e: { code: string; message: string }) => ({ code: e.code, message: e.message }));
        expect(await codeOf(groups.attachGroupPolicy(c, "NoSuchGroup", arn))).toEqual(invalid);
        expect(await codeOf(groups.detachGroupPolicy(c, "NoSuchGroup", arn))).toEqual(invalid);
        expect(await codeOf(groups.attachGroupPolicies(c, "NoSuchGroup", [RDS_RO, arn]))).toEqual(invalid);
        expect(await codeOf(groups.createGroupWithMembers(c, { groupName: "G", policyArns: [arn] }))).toEqual(invalid);
        expect(await codeOf(putUserPermissionsBoundary(c, "nobody", arn))).toEqual(invalid);
        expect(await codeOf(users.createUser(c, { userName: "u", permissionsBoundary: arn }))).toEqual(invalid);
      }
    }
  });
});

describe("the console's group page", () => {
  it("shows every member although GetGroup pages them 100 at a time", async () => {
    const admin = await caller("admin");
    const { Group } = await groups.createGroup(admin, { groupName: "Crowd" });
    const rows = Array.from({ length: 101 }, (_, i) => {
      const name = `crowd-${String(i).padStart(3, "0")}`;
      return { id: `AIDACROWD${String(i).padStart(12, "0")}`, accountId: ACCT, name, nameLower: name, arn: `arn:aws:iam::${ACCT}:user/${name}` };
    });
    await db.user.createMany({ data: rows });
    await db.groupMembership.createMany({ data: rows.map((u) => ({ groupId: Group.GroupId, userId: u.id })) });
    const firstPage = await groups.getGroup(admin, "Crowd");
    expect([firstPage.Users.length, firstPage.IsTruncated]).toEqual([100, true]);
    const whole = await groups.getGroupWithAllMembers(admin, "Crowd");
    expect(whole.Users.map((u) => u.UserName)).toEqual(rows.map((u) => u.name));
  });
});
