// One console action that writes several rows writes all of them or none: a failure midway (a
// quota reached by the third row, an unknown policy in a selection) leaves the store as it was.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let groups: typeof import("./groups");
let userPolicies: typeof import("@/lib/iam/users/attached");
let users: typeof import("@/lib/iam/users/crud");
let sandbox: Sandbox;
let admin: Caller;
const ACCT = "111111111111";
const RDS_RO = "arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess";
const MISSING = "arn:aws:iam::aws:policy/NoSuchPolicyAnywhere";

beforeAll(async () => {
  sandbox = await openSandbox();
  admin = sandbox.admin;
  groups = await import("./groups");
  userPolicies = await import("@/lib/iam/users/attached");
  users = await import("@/lib/iam/users/crud");
}, 60_000);

async function attachedTo(principalType: string, principalId: string): Promise<number> {
  return sandbox.db.policyAttachment.count({ where: { principalType, principalId } });
}

describe("multi-row changes are one transaction", () => {
  it("creates no group when a selected member is already at GroupsPerUser", async () => {
    await users.createUser(admin, { userName: "joiner" });
    await users.createUser(admin, { userName: "fresh" });
    for (let i = 0; i < groups.GROUPS_PER_USER; i++) {
      await groups.createGroup(admin, { groupName: `Full${i}` });
      await groups.addUserToGroup(admin, `Full${i}`, "joiner");
    }
    // "fresh" joins first, then "joiner" is refused: the group and fresh's membership must go too.
    const err = await groups
      .createGroupWithMembers(admin, { groupName: "HalfMade", userNames: ["fresh", "joiner"], policyArns: [RDS_RO] })
      .catch((e) => e);
    expect([err.code, err.message]).toEqual(["LimitExceeded", `Cannot exceed quota for GroupsPerUser: ${groups.GROUPS_PER_USER}`]);
    expect(await sandbox.db.group.count({ where: { accountId: ACCT, nameLower: "halfmade" } })).toBe(0);
    expect((await groups.listGroupsForUser(admin, "fresh")).Groups).toEqual([]);
  });

  it("attaches none of a user's selected policies when one of them does not exist", async () => {
    const err = await userPolicies.attachUserPolicies(admin, "alice", [RDS_RO, MISSING]).catch((e) => e);
    expect(err.code).toBe("NoSuchEntity");
    expect((await userPolicies.listAttachedUserPolicies(admin, "alice")).AttachedPolicies).toEqual([]);
  });

  it("attaches none of a group's selected policies when one of them does not exist", async () => {
    const { Group } = await groups.createGroup(admin, { groupName: "Selective" });
    const err = await groups.attachGroupPolicies(admin, "Selective", [RDS_RO, MISSING]).catch((e) => e);
    expect(err.code).toBe("NoSuchEntity");
    expect(await attachedTo("group", Group.GroupId)).toBe(0);
  });
});
