// IAM groups on the wire through the real @aws-sdk/client-iam and SigV4: the group calls seed 004's
// hub-and-spoke tutorial makes (create-group, attach-group-policy), the rest of the group API with
// AWS's paging, errors and quotas, authorization before any lookup, and group policies taking part in
// their members' authorization as AWS evaluates them
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DetachGroupPolicyCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  IAMClient,
  ListAttachedGroupPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListRolesCommand,
  PutGroupPolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  paginateGetGroup,
  paginateListGroups,
  paginateListGroupsForUser,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { deniedWithoutPolicy, sdkFailure, type Harness } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const IAM_READ = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

iamSdkSuite((suite) => ({ h, admin, alice } = suite));

const denied = (action: string, arn: string) => deniedWithoutPolicy(ALICE, action, arn);

describe("seed 004: a Developers group with a customer managed policy", () => {
  it("create-group, create-policy, attach-group-policy, and the group's members get the permission", async () => {
    const { Group } = await admin.send(new CreateGroupCommand({ GroupName: "Hub" }));
    expect(Group).toMatchObject({ GroupName: "Hub", Path: "/", Arn: `arn:aws:iam::${ACCT}:group/Hub` });
    expect(Group?.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(Group?.CreateDate).toBeInstanceOf(Date);
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListRoles", Resource: "*" }] };
    const { Policy } = await admin.send(new CreatePolicyCommand({ PolicyName: "HubListRoles", PolicyDocument: JSON.stringify(doc) }));
    await admin.send(new AttachGroupPolicyCommand({ GroupName: "Hub", PolicyArn: Policy?.Arn }));
    expect((await admin.send(new ListAttachedGroupPoliciesCommand({ GroupName: "hub" }))).AttachedPolicies).toEqual([
      { PolicyName: "HubListRoles", PolicyArn: Policy?.Arn },
    ]);

    expect((await sdkFailure(alice.send(new ListRolesCommand({})))).name).toBe("AccessDenied");
    await admin.send(new AddUserToGroupCommand({ GroupName: "Hub", UserName: "alice" }));
    expect((await alice.send(new ListRolesCommand({}))).Roles?.length).toBeGreaterThan(0);

    // An explicit Deny in any of the user's groups wins over the Allow from another.
    await admin.send(new CreateGroupCommand({ GroupName: "Quarantine" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "Quarantine", UserName: "alice" }));
    const deny = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "iam:List*", Resource: "*" }] };
    await admin.send(new PutGroupPolicyCommand({ GroupName: "Quarantine", PolicyName: "NoLists", PolicyDocument: JSON.stringify(deny) }));
    const refused = await sdkFailure(alice.send(new ListRolesCommand({})));
    expect(refused).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(refused.message).toContain("with an explicit deny in an identity-based policy");

    await admin.send(new DeleteGroupPolicyCommand({ GroupName: "Quarantine", PolicyName: "NoLists" }));
    expect((await alice.send(new ListRolesCommand({}))).Roles?.length).toBeGreaterThan(0);
    await admin.send(new RemoveUserFromGroupCommand({ GroupName: "Hub", UserName: "alice" }));
    expect((await sdkFailure(alice.send(new ListRolesCommand({})))).name).toBe("AccessDenied");
    await admin.send(new RemoveUserFromGroupCommand({ GroupName: "Quarantine", UserName: "alice" }));
  });
});

describe("the group API", () => {
  it("lists groups by PathPrefix, a page at a time with the SDK paginator", async () => {
    for (const name of ["pg-c", "pg-a", "pg-b"]) await admin.send(new CreateGroupCommand({ GroupName: name, Path: "/paging/" }));
    const pages: string[][] = [];
    for await (const page of paginateListGroups({ client: admin, pageSize: 2 }, { PathPrefix: "/paging/" })) {
      pages.push((page.Groups ?? []).map((g) => g.GroupName ?? ""));
    }
    expect(pages).toEqual([["pg-a", "pg-b"], ["pg-c"]]);
    const first = await admin.send(new ListGroupsCommand({ PathPrefix: "/paging/", MaxItems: 1 }));
    expect(first).toMatchObject({ IsTruncated: true, Groups: [{ GroupName: "pg-a", Path: "/paging/", Arn: `arn:aws:iam::${ACCT}:group/paging/pg-a` }] });
    const all = (await admin.send(new ListGroupsCommand({}))).Groups?.map((g) => g.GroupName);
    expect(all).toEqual(expect.arrayContaining(["Developers", "pg-a"]));
    expect(await sdkFailure(admin.send(new ListGroupsCommand({ MaxItems: 1001 })))).toMatchObject({
      name: "ValidationError",
      message: "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000",
    });
  });

  it("GetGroup returns the members a page at a time; ListGroupsForUser pages the other way", async () => {
    for (const name of ["m-3", "m-1", "m-2"]) {
      await admin.send(new CreateUserCommand({ UserName: name }));
      await admin.send(new AddUserToGroupCommand({ GroupName: "pg-a", UserName: name }));
    }
    await admin.send(new AddUserToGroupCommand({ GroupName: "pg-b", UserName: "m-1" }));
    const pages: string[][] = [];
    for await (const page of paginateGetGroup({ client: admin, pageSize: 2 }, { GroupName: "pg-a" })) {
      expect(page.Group?.GroupName).toBe("pg-a");
      pages.push((page.Users ?? []).map((u) => u.UserName ?? ""));
    }
    expect(pages).toEqual([["m-1", "m-2"], ["m-3"]]);
    const forUser: string[][] = [];
    for await (const page of paginateListGroupsForUser({ client: admin, pageSize: 1 }, { UserName: "m-1" })) {
      forUser.push((page.Groups ?? []).map((g) => g.GroupName ?? ""));
    }
    expect(forUser).toEqual([["pg-a"], ["pg-b"]]);
  });

  it("renames and moves a group; names stay unique case-insensitively", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: "Old" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "Old", UserName: "m-2" }));
    await admin.send(new UpdateGroupCommand({ GroupName: "old", NewGroupName: "Renamed", NewPath: "/moved/" }));
    const { Group, Users } = await admin.send(new GetGroupCommand({ GroupName: "renamed" }));
    expect(Group).toMatchObject({ GroupName: "Renamed", Path: "/moved/", Arn: `arn:aws:iam::${ACCT}:group/moved/Renamed` });
    expect(Users?.map((u) => u.UserName)).toEqual(["m-2"]);
    expect(await sdkFailure(admin.send(new GetGroupCommand({ GroupName: "Old" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The group with name Old cannot be found.",
    });
    expect(await sdkFailure(admin.send(new UpdateGroupCommand({ GroupName: "Renamed", NewGroupName: "DEVELOPERS" })))).toEqual({
      name: "EntityAlreadyExistsException",
      status: 409,
      message: "Group with name DEVELOPERS already exists.",
    });
    expect(await sdkFailure(admin.send(new CreateGroupCommand({ GroupName: "renamed" })))).toMatchObject({
      name: "EntityAlreadyExistsException",
      message: "Group with name renamed already exists.",
    });
    expect(await sdkFailure(admin.send(new UpdateGroupCommand({ GroupName: "Nope", NewGroupName: "Other" })))).toMatchObject({
      name: "NoSuchEntityException",
      message: "The group with name Nope cannot be found.",
    });
    // Only a new spelling of its own name.
    await admin.send(new UpdateGroupCommand({ GroupName: "Renamed", NewGroupName: "RENAMED" }));
    expect((await admin.send(new GetGroupCommand({ GroupName: "renamed" }))).Group?.GroupName).toBe("RENAMED");
  });

  it("DeleteGroup refuses while the group has members, attached or inline policies (AWS's DeleteConflict texts)", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: "Doomed" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "Doomed", UserName: "m-3" }));
    await admin.send(new AttachGroupPolicyCommand({ GroupName: "Doomed", PolicyArn: READ_ONLY }));
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });
    await admin.send(new PutGroupPolicyCommand({ GroupName: "Doomed", PolicyName: "Inline", PolicyDocument: doc }));
    const conflict = (message: string) => ({ name: "DeleteConflictException", status: 409, message });
    expect(await sdkFailure(admin.send(new DeleteGroupCommand({ GroupName: "Doomed" })))).toEqual(conflict("Cannot delete entity, must remove users from group first."));
    await admin.send(new RemoveUserFromGroupCommand({ GroupName: "Doomed", UserName: "m-3" }));
    expect(await sdkFailure(admin.send(new DeleteGroupCommand({ GroupName: "Doomed" })))).toEqual(conflict("Cannot delete entity, must detach all policies first."));
    await admin.send(new DetachGroupPolicyCommand({ GroupName: "Doomed", PolicyArn: READ_ONLY }));
    expect(await sdkFailure(admin.send(new DeleteGroupCommand({ GroupName: "Doomed" })))).toEqual(conflict("Cannot delete entity, must delete policies first."));
    await admin.send(new DeleteGroupPolicyCommand({ GroupName: "Doomed", PolicyName: "Inline" }));
    await admin.send(new DeleteGroupCommand({ GroupName: "Doomed" }));
    expect((await sdkFailure(admin.send(new DeleteGroupCommand({ GroupName: "Doomed" })))).name).toBe("NoSuchEntityException");
  });

  it("inline group policies: put, get (URL-encoded, as IAM returns documents), list, delete, and the 5,120-character budget", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: "Inliner" }));
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }] });
    for (const name of ["zeta", "alpha"]) await admin.send(new PutGroupPolicyCommand({ GroupName: "Inliner", PolicyName: name, PolicyDocument: doc }));
    const got = await admin.send(new GetGroupPolicyCommand({ GroupName: "inliner", PolicyName: "alpha" }));
    expect(got).toMatchObject({ GroupName: "Inliner", PolicyName: "alpha" });
    expect(decodeURIComponent(got.PolicyDocument ?? "")).toBe(doc);
    expect(await admin.send(new ListGroupPoliciesCommand({ GroupName: "Inliner", MaxItems: 1 }))).toMatchObject({ PolicyNames: ["alpha"], IsTruncated: true });
    expect(await sdkFailure(admin.send(new GetGroupPolicyCommand({ GroupName: "Inliner", PolicyName: "nope" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The group policy with name nope cannot be found.",
    });
    expect((await sdkFailure(admin.send(new DeleteGroupPolicyCommand({ GroupName: "Inliner", PolicyName: "nope" })))).name).toBe("NoSuchEntityException");
    const big = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::${"b".repeat(5000)}` }] });
    expect(await sdkFailure(admin.send(new PutGroupPolicyCommand({ GroupName: "Inliner", PolicyName: "big", PolicyDocument: big })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Maximum policy size of 5120 bytes exceeded for group Inliner",
    });
    const bad = await sdkFailure(admin.send(new PutGroupPolicyCommand({ GroupName: "Inliner", PolicyName: "bad", PolicyDocument: "{" })));
    expect(bad.name).toBe("MalformedPolicyDocumentException");
  });

  it("quotas: 10 managed policies per group, 10 groups per user", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: "Quota" }));
    const eleven = (await h.db.managedPolicy.findMany({ where: { accountId: null }, take: 11, orderBy: { nameLower: "asc" } })).map((p) => p.arn);
    for (const arn of eleven.slice(0, 10)) await admin.send(new AttachGroupPolicyCommand({ GroupName: "Quota", PolicyArn: arn }));
    expect(await sdkFailure(admin.send(new AttachGroupPolicyCommand({ GroupName: "Quota", PolicyArn: eleven[10] })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for PoliciesPerGroup: 10",
    });
    expect(await sdkFailure(admin.send(new AttachGroupPolicyCommand({ GroupName: "Quota", PolicyArn: `arn:aws:iam::${ACCT}:policy/Missing` })))).toMatchObject({
      name: "NoSuchEntityException",
      message: `Policy arn:aws:iam::${ACCT}:policy/Missing does not exist or is not attachable.`,
    });
    await admin.send(new CreateUserCommand({ UserName: "joiner" }));
    for (let i = 0; i < 10; i++) {
      await admin.send(new CreateGroupCommand({ GroupName: `join-${i}` }));
      await admin.send(new AddUserToGroupCommand({ GroupName: `join-${i}`, UserName: "joiner" }));
    }
    await admin.send(new CreateGroupCommand({ GroupName: "join-10" }));
    expect(await sdkFailure(admin.send(new AddUserToGroupCommand({ GroupName: "join-10", UserName: "joiner" })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for GroupsPerUser: 10",
    });
    expect((await admin.send(new ListGroupsForUserCommand({ UserName: "joiner" }))).Groups).toHaveLength(10);
  });
});

describe("parameters as the IAM model constrains them", () => {
  it("a user named by an existing-user parameter may have 128 characters; an attached-policy PathPrefix is a policy path", async () => {
    const long = "u".repeat(100);
    expect(await sdkFailure(admin.send(new AddUserToGroupCommand({ GroupName: "Developers", UserName: long })))).toMatchObject({
      name: "NoSuchEntityException",
      message: `The user with name ${long} cannot be found.`,
    });
    expect(await sdkFailure(admin.send(new ListGroupsForUserCommand({ UserName: "u".repeat(129) })))).toMatchObject({ name: "ValidationError" });
    expect(await sdkFailure(admin.send(new ListAttachedGroupPoliciesCommand({ GroupName: "Developers", PathPrefix: "/no-trailing-slash" })))).toEqual({
      name: "ValidationError",
      status: 400,
      message:
        "1 validation error detected: Value '/no-trailing-slash' at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/",
    });
  });
});

describe("authorization comes before any lookup", () => {
  it("a caller without permission is denied whether or not the group exists, on the ARN the request names", async () => {
    const group = (path: string, name: string) => `arn:aws:iam::${ACCT}:group${path}${name}`;
    expect(await sdkFailure(alice.send(new CreateGroupCommand({ GroupName: "Developers", Path: "/x/" })))).toEqual(denied("CreateGroup", group("/x/", "Developers")));
    expect(await sdkFailure(alice.send(new ListGroupsCommand({ PathPrefix: "/paging/" })))).toEqual(denied("ListGroups", group("/paging/", "")));
    for (const [name, arn] of [["pg-a", group("/paging/", "pg-a")], ["NoSuchGroup", group("/", "NoSuchGroup")]]) {
      expect(await sdkFailure(alice.send(new GetGroupCommand({ GroupName: name })))).toEqual(denied("GetGroup", arn));
      expect(await sdkFailure(alice.send(new DeleteGroupCommand({ GroupName: name })))).toEqual(denied("DeleteGroup", arn));
      expect(await sdkFailure(alice.send(new UpdateGroupCommand({ GroupName: name, NewPath: "/y/" })))).toEqual(denied("UpdateGroup", arn));
      expect(await sdkFailure(alice.send(new AddUserToGroupCommand({ GroupName: name, UserName: "nobody" })))).toEqual(denied("AddUserToGroup", arn));
      expect(await sdkFailure(alice.send(new RemoveUserFromGroupCommand({ GroupName: name, UserName: "nobody" })))).toEqual(denied("RemoveUserFromGroup", arn));
      expect(await sdkFailure(alice.send(new AttachGroupPolicyCommand({ GroupName: name, PolicyArn: IAM_READ })))).toEqual(denied("AttachGroupPolicy", arn));
      expect(await sdkFailure(alice.send(new DetachGroupPolicyCommand({ GroupName: name, PolicyArn: IAM_READ })))).toEqual(denied("DetachGroupPolicy", arn));
      expect(await sdkFailure(alice.send(new ListAttachedGroupPoliciesCommand({ GroupName: name })))).toEqual(denied("ListAttachedGroupPolicies", arn));
      expect(await sdkFailure(alice.send(new PutGroupPolicyCommand({ GroupName: name, PolicyName: "p", PolicyDocument: "{}" })))).toEqual(denied("PutGroupPolicy", arn));
      expect(await sdkFailure(alice.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: "p" })))).toEqual(denied("GetGroupPolicy", arn));
      expect(await sdkFailure(alice.send(new DeleteGroupPolicyCommand({ GroupName: name, PolicyName: "p" })))).toEqual(denied("DeleteGroupPolicy", arn));
      expect(await sdkFailure(alice.send(new ListGroupPoliciesCommand({ GroupName: name })))).toEqual(denied("ListGroupPolicies", arn));
    }
    expect(await sdkFailure(alice.send(new ListGroupsForUserCommand({ UserName: "nobody" })))).toEqual(denied("ListGroupsForUser", `arn:aws:iam::${ACCT}:user/nobody`));
  });

  it("UpdateGroup needs permission on the new name and path too", async () => {
    await admin.send(new CreateGroupCommand({ GroupName: "Movable", Path: "/team/" }));
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:UpdateGroup", Resource: `arn:aws:iam::${ACCT}:group/team/*` }] };
    await admin.send(new CreateGroupCommand({ GroupName: "Movers" }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: "Movers", PolicyName: "team-only", PolicyDocument: JSON.stringify(doc) }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "Movers", UserName: "alice" }));
    expect(await sdkFailure(alice.send(new UpdateGroupCommand({ GroupName: "Movable", NewPath: "/elsewhere/" })))).toEqual(
      denied("UpdateGroup", `arn:aws:iam::${ACCT}:group/elsewhere/Movable`),
    );
    await alice.send(new UpdateGroupCommand({ GroupName: "Movable", NewGroupName: "Moved" }));
    expect((await admin.send(new GetGroupCommand({ GroupName: "Moved" }))).Group?.Arn).toBe(`arn:aws:iam::${ACCT}:group/team/Moved`);
    await admin.send(new RemoveUserFromGroupCommand({ GroupName: "Movers", UserName: "alice" }));
  });
});
