// Users beyond create/delete on the wire through the real @aws-sdk/client-iam: CreateUser with Tags
// and PermissionsBoundary, UpdateUser (rename/move, authorized on both ARNs:
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html), TagUser/UntagUser/
// ListUserTags, Put/DeleteUserPermissionsBoundary and the boundary limiting the user's permissions
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html).
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  GetUserCommand,
  IAMClient,
  ListGroupsForUserCommand,
  ListRolesCommand,
  ListUserTagsCommand,
  ListUsersCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateUserCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { createKey, deniedWithoutPolicy, sdkFailure, type Harness, iamClient, type Creds } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const IAM_READ = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
const ADMIN_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
const client = (credentials: Creds) => iamClient(h.url, credentials);
const denied = (action: string, arn: string) => deniedWithoutPolicy(ALICE, action, arn);

iamSdkSuite((suite) => ({ h, admin, alice } = suite));

describe("CreateUser with tags and a permissions boundary", () => {
  it("echoes them, GetUser returns them, ListUsers leaves them out", async () => {
    const tags = [{ Key: "team", Value: "blue" }, { Key: "Cost", Value: "" }];
    const { User } = await admin.send(new CreateUserCommand({ UserName: "bounded", Path: "/eng/", PermissionsBoundary: IAM_READ, Tags: tags }));
    const boundary = { PermissionsBoundaryType: "PermissionsBoundaryPolicy", PermissionsBoundaryArn: IAM_READ };
    expect(User).toMatchObject({ UserName: "bounded", Path: "/eng/", Arn: `arn:aws:iam::${ACCT}:user/eng/bounded`, PermissionsBoundary: boundary, Tags: tags });
    const got = (await admin.send(new GetUserCommand({ UserName: "BOUNDED" }))).User;
    expect(got).toMatchObject({ UserName: "bounded", PermissionsBoundary: boundary });
    expect(got?.Tags).toEqual([{ Key: "Cost", Value: "" }, { Key: "team", Value: "blue" }]);
    const listed = (await admin.send(new ListUsersCommand({ PathPrefix: "/eng/" }))).Users ?? [];
    expect(listed.map((u) => [u.UserName, u.Tags, u.PermissionsBoundary])).toEqual([["bounded", undefined, undefined]]);
    expect((await admin.send(new GetUserCommand({ UserName: "alice" }))).User?.Tags).toBeUndefined();
  });

  it("refuses a boundary that does not exist and bad tags, creating nothing", async () => {
    const missing = `arn:aws:iam::${ACCT}:policy/NoSuchBoundary`;
    expect(await sdkFailure(admin.send(new CreateUserCommand({ UserName: "nb", PermissionsBoundary: missing })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `Scope ARN: ${missing} does not exist or is not attachable.`,
    });
    expect(await sdkFailure(admin.send(new CreateUserCommand({ UserName: "nb", Tags: [{ Key: "a", Value: "1" }, { Key: "A", Value: "2" }] })))).toMatchObject({
      name: "InvalidInputException",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    });
    expect((await sdkFailure(admin.send(new GetUserCommand({ UserName: "nb" })))).name).toBe("NoSuchEntityException");
  });

  it("tags need iam:TagUser besides iam:CreateUser", async () => {
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:CreateUser", Resource: "*" }] };
    await admin.send(new CreateUserCommand({ UserName: "creator" }));
    await admin.send(new PutUserPolicyCommand({ UserName: "creator", PolicyName: "create", PolicyDocument: JSON.stringify(doc) }));
    const creator = client(await createKey(h.db, ACCT, "creator"));
    const refused = await sdkFailure(creator.send(new CreateUserCommand({ UserName: "tagged", Tags: [{ Key: "k", Value: "v" }] })));
    expect(refused).toEqual(deniedWithoutPolicy(`arn:aws:iam::${ACCT}:user/creator`, "TagUser", `arn:aws:iam::${ACCT}:user/tagged`));
    expect((await creator.send(new CreateUserCommand({ UserName: "untagged" }))).User?.UserName).toBe("untagged");
  });
});

describe("the permissions boundary limits the user", () => {
  it("AdministratorAccess inside an IAMReadOnlyAccess boundary reads IAM but cannot write it; removing the boundary restores it", async () => {
    await admin.send(new CreateUserCommand({ UserName: "capped" }));
    await admin.send(new AttachUserPolicyCommand({ UserName: "capped", PolicyArn: ADMIN_ACCESS }));
    const capped = client(await createKey(h.db, ACCT, "capped"));
    await capped.send(new CreateUserCommand({ UserName: "made-before-cap" }));
    await admin.send(new PutUserPermissionsBoundaryCommand({ UserName: "capped", PermissionsBoundary: IAM_READ }));
    expect((await capped.send(new ListRolesCommand({}))).Roles?.length).toBeGreaterThan(0);
    const refused = await sdkFailure(capped.send(new CreateUserCommand({ UserName: "made-under-cap" })));
    expect(refused).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(refused.message).toContain("because no permissions boundary allows the iam:CreateUser action");
    await admin.send(new DeleteUserPermissionsBoundaryCommand({ UserName: "capped" }));
    expect((await admin.send(new GetUserCommand({ UserName: "capped" }))).User?.PermissionsBoundary).toBeUndefined();
    await capped.send(new CreateUserCommand({ UserName: "made-after-cap" }));
    expect(await sdkFailure(admin.send(new PutUserPermissionsBoundaryCommand({ UserName: "capped", PermissionsBoundary: `arn:aws:iam::${ACCT}:policy/Nope` })))).toMatchObject({
      name: "NoSuchEntityException",
      message: `Scope ARN: arn:aws:iam::${ACCT}:policy/Nope does not exist or is not attachable.`,
    });
    expect(await sdkFailure(admin.send(new DeleteUserPermissionsBoundaryCommand({ UserName: "ghost" })))).toMatchObject({
      name: "NoSuchEntityException",
      message: "The user with name ghost cannot be found.",
    });
  });
});

describe("user tags", () => {
  it("tags, re-tags case-insensitively, pages ListUserTags, untags (absent keys ignored)", async () => {
    await admin.send(new CreateUserCommand({ UserName: "tagme" }));
    await admin.send(new TagUserCommand({ UserName: "tagme", Tags: [{ Key: "b", Value: "1" }, { Key: "a", Value: "2" }, { Key: "c", Value: "3" }] }));
    await admin.send(new TagUserCommand({ UserName: "TagMe", Tags: [{ Key: "B", Value: "changed" }] }));
    const first = await admin.send(new ListUserTagsCommand({ UserName: "tagme", MaxItems: 2 }));
    expect(first).toMatchObject({ Tags: [{ Key: "a", Value: "2" }, { Key: "B", Value: "changed" }], IsTruncated: true });
    const rest = await admin.send(new ListUserTagsCommand({ UserName: "tagme", Marker: first.Marker }));
    expect(rest).toMatchObject({ Tags: [{ Key: "c", Value: "3" }], IsTruncated: false });
    await admin.send(new UntagUserCommand({ UserName: "tagme", TagKeys: ["A", "zzz"] }));
    expect((await admin.send(new ListUserTagsCommand({ UserName: "tagme" }))).Tags?.map((t) => t.Key)).toEqual(["B", "c"]);
    expect(await sdkFailure(admin.send(new TagUserCommand({ UserName: "tagme", Tags: [{ Key: "aws:x", Value: "1" }] })))).toMatchObject({
      name: "InvalidInputException",
      message: "User is not authorized to create tag with the 'aws:' prefix.",
    });
    const many = Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    expect(await sdkFailure(admin.send(new TagUserCommand({ UserName: "tagme", Tags: many })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for TagsPerUser: 50",
    });
    expect(await sdkFailure(admin.send(new ListUserTagsCommand({ UserName: "ghost" })))).toMatchObject({ name: "NoSuchEntityException" });
  });

  it("DeleteUser takes the user's tags with it", async () => {
    await admin.send(new CreateUserCommand({ UserName: "shortlived", Tags: [{ Key: "k", Value: "v" }] }));
    await admin.send(new DeleteUserCommand({ UserName: "shortlived" }));
    await admin.send(new CreateUserCommand({ UserName: "shortlived" }));
    expect((await admin.send(new ListUserTagsCommand({ UserName: "shortlived" }))).Tags).toEqual([]);
  });
});

describe("UpdateUser", () => {
  it("renames and moves a user who keeps keys, groups and tags; names stay unique", async () => {
    await admin.send(new CreateUserCommand({ UserName: "before", Tags: [{ Key: "k", Value: "v" }] }));
    await admin.send(new CreateGroupCommand({ GroupName: "Keepers" }));
    await admin.send(new AddUserToGroupCommand({ GroupName: "Keepers", UserName: "before" }));
    const key = (await admin.send(new CreateAccessKeyCommand({ UserName: "before" }))).AccessKey;
    await admin.send(new UpdateUserCommand({ UserName: "Before", NewUserName: "after", NewPath: "/moved/" }));
    const self = client({ accessKeyId: key?.AccessKeyId ?? "", secretAccessKey: key?.SecretAccessKey ?? "" });
    // The key now signs as the renamed user (who, with no policy, may not even read itself).
    const after = `arn:aws:iam::${ACCT}:user/moved/after`;
    expect(await sdkFailure(self.send(new GetUserCommand({})))).toEqual(deniedWithoutPolicy(after, "GetUser", after));
    expect((await admin.send(new GetUserCommand({ UserName: "AFTER" }))).User).toMatchObject({ UserName: "after", Path: "/moved/", Arn: after });
    expect((await admin.send(new ListGroupsForUserCommand({ UserName: "after" }))).Groups?.map((g) => g.GroupName)).toEqual(["Keepers"]);
    expect((await admin.send(new GetUserCommand({ UserName: "after" }))).User?.Tags).toEqual([{ Key: "k", Value: "v" }]);
    expect(await sdkFailure(admin.send(new GetUserCommand({ UserName: "before" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The user with name before cannot be found.",
    });
    expect(await sdkFailure(admin.send(new UpdateUserCommand({ UserName: "after", NewUserName: "ALICE" })))).toEqual({
      name: "EntityAlreadyExistsException",
      status: 409,
      message: "User with name ALICE already exists.",
    });
    expect(await sdkFailure(admin.send(new UpdateUserCommand({ UserName: "nobody", NewUserName: "somebody" })))).toMatchObject({
      name: "NoSuchEntityException",
      message: "The user with name nobody cannot be found.",
    });
    expect(await sdkFailure(admin.send(new UpdateUserCommand({ UserName: "after", NewPath: "no-slashes" })))).toMatchObject({ name: "ValidationError" });
  });

  it("needs permission on the new name and path too", async () => {
    await admin.send(new CreateUserCommand({ UserName: "mover-target", Path: "/team/" }));
    await admin.send(new CreateUserCommand({ UserName: "mover" }));
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:UpdateUser", Resource: `arn:aws:iam::${ACCT}:user/team/*` }] };
    await admin.send(new PutUserPolicyCommand({ UserName: "mover", PolicyName: "team-only", PolicyDocument: JSON.stringify(doc) }));
    const mover = client(await createKey(h.db, ACCT, "mover"));
    const moverArn = `arn:aws:iam::${ACCT}:user/mover`;
    expect(await sdkFailure(mover.send(new UpdateUserCommand({ UserName: "mover-target", NewPath: "/elsewhere/" })))).toEqual(
      deniedWithoutPolicy(moverArn, "UpdateUser", `arn:aws:iam::${ACCT}:user/elsewhere/mover-target`),
    );
    await mover.send(new UpdateUserCommand({ UserName: "mover-target", NewUserName: "moved-target" }));
    expect((await admin.send(new GetUserCommand({ UserName: "moved-target" }))).User?.Arn).toBe(`arn:aws:iam::${ACCT}:user/team/moved-target`);
  });
});

describe("authorization comes before any lookup", () => {
  it("a caller without permission is denied whether or not the user exists", async () => {
    for (const [name, arn] of [["bounded", `arn:aws:iam::${ACCT}:user/eng/bounded`], ["ghost", `arn:aws:iam::${ACCT}:user/ghost`]]) {
      expect(await sdkFailure(alice.send(new UpdateUserCommand({ UserName: name })))).toEqual(denied("UpdateUser", arn));
      expect(await sdkFailure(alice.send(new TagUserCommand({ UserName: name, Tags: [{ Key: "k", Value: "v" }] })))).toEqual(denied("TagUser", arn));
      expect(await sdkFailure(alice.send(new UntagUserCommand({ UserName: name, TagKeys: ["k"] })))).toEqual(denied("UntagUser", arn));
      expect(await sdkFailure(alice.send(new ListUserTagsCommand({ UserName: name })))).toEqual(denied("ListUserTags", arn));
      expect(await sdkFailure(alice.send(new PutUserPermissionsBoundaryCommand({ UserName: name, PermissionsBoundary: IAM_READ })))).toEqual(
        denied("PutUserPermissionsBoundary", arn),
      );
      expect(await sdkFailure(alice.send(new DeleteUserPermissionsBoundaryCommand({ UserName: name })))).toEqual(denied("DeleteUserPermissionsBoundary", arn));
    }
    expect(await sdkFailure(alice.send(new CreateUserCommand({ UserName: "x", PermissionsBoundary: IAM_READ })))).toEqual(denied("CreateUser", `arn:aws:iam::${ACCT}:user/x`));
  });
});
