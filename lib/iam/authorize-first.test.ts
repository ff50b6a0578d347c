// Authorization comes before existence and before conflicts, for every lib/iam verb the console
// routes and the wire actions use. alice (no policies) must get AccessDenied for a missing entity
// and an existing one alike, the message naming the entity's ARN (its real one with its path when it
// exists, the pathless one when it does not), as AWS does:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// (IAM evaluates the request — principal, action, resource ARN — before the service acts on it).
// A ReadOnlyAccess role session must get AccessDenied, not DeleteConflict/UnmodifiableEntity, on deletes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { ACCT, ALLOW_ALL, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

type Lib = {
  roles: typeof import("./roles");
  users: typeof import("@/lib/iam/users/crud");
  groups: typeof import("./groups");
  userPolicies: typeof import("@/lib/iam/users/attached");
  inline: typeof import("@/lib/iam/users/inline");
  keys: typeof import("@/lib/iam/access-keys/keys");
  mfa: typeof import("@/lib/iam/mfa-devices/virtual");
  loginProfiles: typeof import("@/lib/iam/login-profiles/profiles");
  profiles: typeof import("@/lib/iam/instance-profiles/profiles");
  slr: typeof import("@/lib/iam/roles/service-linked");
  policies: typeof import("./policies");
  policyLast: typeof import("./policies/last-accessed");
  jobs: typeof import("@/lib/iam/last-accessed/jobs");
  roleDetail: typeof import("./console/role-detail");
  roleLast: typeof import("./console/last-accessed");
  policyDetail: typeof import("./console/policy-detail");
  createRole: typeof import("./console/create-role");
  revoke: typeof import("./console/revoke-sessions");
  userTags: typeof import("@/lib/iam/users/tagging");
  inlineDocs: typeof import("./console/inline-documents");
};

let sb: Sandbox;
let lib: Lib;
let readOnly: Caller;

const RO_POLICY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const ROLE = { name: "PathedRole", arn: `arn:aws:iam::${ACCT}:role/team/PathedRole`, missing: "NoSuchRoleHere", missingArn: `arn:aws:iam::${ACCT}:role/NoSuchRoleHere` };
const USER = { name: "bob", arn: `arn:aws:iam::${ACCT}:user/team/bob`, missing: "nosuchuser", missingArn: `arn:aws:iam::${ACCT}:user/nosuchuser` };
const GROUP = { name: "TeamGroup", arn: `arn:aws:iam::${ACCT}:group/team/TeamGroup`, missing: "NoSuchGroup", missingArn: `arn:aws:iam::${ACCT}:group/NoSuchGroup` };
const PROFILE = {
  name: "TeamProfile",
  arn: `arn:aws:iam::${ACCT}:instance-profile/team/TeamProfile`,
  missing: "NoSuchProfile",
  missingArn: `arn:aws:iam::${ACCT}:instance-profile/NoSuchProfile`,
};
// A policy is addressed by its ARN, so AWS names the ARN given whether or not the policy exists.
const POLICY = { name: `arn:aws:iam::${ACCT}:policy/team/TeamPolicy`, missing: `arn:aws:iam::${ACCT}:policy/team/NoSuchPolicy` };
const SLR_ARN = `arn:aws:iam::${ACCT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`;
const MISSING_TASK = "task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/00000000-0000-4000-8000-000000000000";
let existingTask: string;

beforeAll(async () => {
  sb = await openSandbox();
  lib = {
    roles: await import("./roles"),
    users: await import("@/lib/iam/users/crud"),
    groups: await import("./groups"),
    userPolicies: await import("@/lib/iam/users/attached"),
    inline: await import("@/lib/iam/users/inline"),
    keys: await import("@/lib/iam/access-keys/keys"),
    mfa: await import("@/lib/iam/mfa-devices/virtual"),
    loginProfiles: await import("@/lib/iam/login-profiles/profiles"),
    profiles: await import("@/lib/iam/instance-profiles/profiles"),
    slr: await import("@/lib/iam/roles/service-linked"),
    policies: await import("./policies"),
    policyLast: await import("./policies/last-accessed"),
    jobs: await import("@/lib/iam/last-accessed/jobs"),
    roleDetail: await import("./console/role-detail"),
    roleLast: await import("./console/last-accessed"),
    policyDetail: await import("./console/policy-detail"),
    createRole: await import("./console/create-role"),
    revoke: await import("./console/revoke-sessions"),
    userTags: await import("@/lib/iam/users/tagging"),
    inlineDocs: await import("./console/inline-documents"),
  };
  const { admin } = sb;
  await lib.roles.createRole(admin, { roleName: ROLE.name, path: "/team/", assumeRolePolicyDocument: trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` }) });
  await lib.roles.putRolePolicy(admin, ROLE.name, "p", ALLOW_ALL);
  await lib.users.createUser(admin, { userName: USER.name, path: "/team/" });
  await lib.groups.createGroup(admin, { groupName: GROUP.name, path: "/team/" });
  await lib.profiles.createInstanceProfile(admin, { instanceProfileName: PROFILE.name, path: "/team/" });
  await lib.policies.createPolicy(admin, { policyName: "TeamPolicy", path: "/team/", policyDocument: ALLOW_ALL });
  existingTask = (await lib.slr.deleteServiceLinkedRole(admin, "AWSServiceRoleForSupport")).DeletionTaskId;

  const ro = await lib.roles.createRole(admin, { roleName: "ReadOnlyGuard", assumeRolePolicyDocument: trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` }) });
  await lib.roles.attachRolePolicy(admin, "ReadOnlyGuard", RO_POLICY);
  const now = Date.now();
  readOnly = {
    kind: "assumed-role",
    accountId: ACCT,
    arn: `arn:aws:sts::${ACCT}:assumed-role/ReadOnlyGuard/s`,
    role: { id: ro.Role.RoleId, arn: ro.Role.Arn, name: "ReadOnlyGuard" },
    session: { accessKeyId: "ASIAREADONLYGUARD001", name: "s", issuedAt: new Date(now), expiresAt: new Date(now + 3600_000), sessionPolicyArns: [] },
    mfa: false,
    via: "console",
  };
}, 90_000);

/** One verb; `name` is the entity's name (or a policy's ARN), existing or missing. */
type Case = [label: string, kind: "role" | "user" | "group" | "profile" | "policy", call: (c: Caller, name: string) => Promise<unknown>];

const TRUST = trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` });
const TAG = [{ Key: "k", Value: "v" }];

const cases: Case[] = [
  // Roles
  ["GetRole", "role", (c, n) => lib.roles.getRole(c, n)],
  ["DeleteRole", "role", (c, n) => lib.roles.deleteRole(c, n)],
  ["console delete role", "role", (c, n) => lib.roles.deleteRoleForConsole(c, n)],
  ["AttachRolePolicy", "role", (c, n) => lib.roles.attachRolePolicy(c, n, RO_POLICY)],
  ["DetachRolePolicy", "role", (c, n) => lib.roles.detachRolePolicy(c, n, RO_POLICY)],
  ["ListAttachedRolePolicies", "role", (c, n) => lib.roles.listAttachedRolePolicies(c, n)],
  ["PutRolePolicy", "role", (c, n) => lib.roles.putRolePolicy(c, n, "p2", ALLOW_ALL)],
  ["GetRolePolicy", "role", (c, n) => lib.roles.getRolePolicy(c, n, "p")],
  ["DeleteRolePolicy", "role", (c, n) => lib.roles.deleteRolePolicy(c, n, "p")],
  ["ListRolePolicies", "role", (c, n) => lib.roles.listRolePolicies(c, n)],
  ["UpdateRole", "role", (c, n) => lib.roles.updateRole(c, { roleName: n, description: "x" })],
  ["UpdateRoleDescription", "role", (c, n) => lib.roles.updateRoleDescription(c, n, "x")],
  ["UpdateAssumeRolePolicy", "role", (c, n) => lib.roles.updateAssumeRolePolicy(c, n, TRUST)],
  ["PutRolePermissionsBoundary", "role", (c, n) => lib.roles.putRolePermissionsBoundary(c, n, RO_POLICY)],
  ["DeleteRolePermissionsBoundary", "role", (c, n) => lib.roles.deleteRolePermissionsBoundary(c, n)],
  ["TagRole", "role", (c, n) => lib.roles.tagRole(c, n, TAG)],
  ["UntagRole", "role", (c, n) => lib.roles.untagRole(c, n, ["k"])],
  ["ListRoleTags", "role", (c, n) => lib.roles.listRoleTags(c, n)],
  ["DeleteServiceLinkedRole", "role", (c, n) => lib.slr.deleteServiceLinkedRole(c, n)],
  ["ListInstanceProfilesForRole", "role", (c, n) => lib.profiles.listInstanceProfilesForRole(c, n)],
  ["role last accessed", "role", (c, n) => lib.roleLast.roleLastAccessed(c, n)],
  ["role detail", "role", (c, n) => lib.roleDetail.getRoleDetail(c, n)],
  ["role permissions", "role", (c, n) => lib.roleDetail.getRolePermissions(c, n)],
  ["role export", "role", (c, n) => lib.roleDetail.exportRoleForConsole(c, n)],
  ["role tags save", "role", (c, n) => lib.roleDetail.replaceRoleTags(c, n, TAG)],
  ["role detail delete", "role", (c, n) => lib.roleDetail.deleteRoleFromDetailPage(c, n)],
  ["role summary edit", "role", (c, n) => lib.roleDetail.editRoleSummary(c, n, { description: "x" })],
  ["revoke sessions", "role", (c, n) => lib.revoke.revokeRoleSessions(c, n)],
  // Users
  ["GetUser", "user", (c, n) => lib.users.getUser(c, n)],
  ["DeleteUser", "user", (c, n) => lib.users.deleteUserApi(c, n)],
  ["console delete user", "user", (c, n) => lib.users.deleteUserWithDependents(c, n)],
  ["ListGroupsForUser", "user", (c, n) => lib.groups.listGroupsForUser(c, n)],
  ["ListAttachedUserPolicies", "user", (c, n) => lib.userPolicies.listAttachedUserPolicies(c, n)],
  ["AttachUserPolicy", "user", (c, n) => lib.userPolicies.attachUserPolicy(c, n, RO_POLICY)],
  ["DetachUserPolicy", "user", (c, n) => lib.userPolicies.detachUserPolicy(c, n, RO_POLICY)],
  ["console attach user policies", "user", (c, n) => lib.userPolicies.attachUserPolicies(c, n, [RO_POLICY])],
  ["PutUserPolicy", "user", (c, n) => lib.inline.putUserPolicy(c, { userName: n, policyName: "p", policyDocument: ALLOW_ALL })],
  ["GetUserPolicy", "user", (c, n) => lib.inline.getUserPolicy(c, { userName: n, policyName: "p" })],
  ["DeleteUserPolicy", "user", (c, n) => lib.inline.deleteUserPolicy(c, { userName: n, policyName: "p" })],
  ["ListUserPolicies", "user", (c, n) => lib.inline.listUserPolicies(c, n)],
  ["user tags save", "user", (c, n) => lib.userTags.replaceUserTags(c, n, TAG)],
  ["user inline policies", "user", (c, n) => lib.inlineDocs.userInlinePolicies(c, n)],
  ["CreateAccessKey", "user", (c, n) => lib.keys.createAccessKey(c, n)],
  ["ListAccessKeys", "user", (c, n) => lib.keys.listAccessKeys(c, n)],
  ["UpdateAccessKey", "user", (c, n) => lib.keys.updateAccessKey(c, { userName: n, accessKeyId: "AKIAAAAAAAAAAAAAAAAA", status: "Inactive" })],
  ["DeleteAccessKey", "user", (c, n) => lib.keys.deleteAccessKey(c, { userName: n, accessKeyId: "AKIAAAAAAAAAAAAAAAAA" })],
  ["ListMFADevices", "user", (c, n) => lib.mfa.listMfaDevices(c, n)],
  ["DeactivateMFADevice", "user", (c, n) => lib.mfa.removeMfaDevice(c, { userName: n, serialNumber: `arn:aws:iam::${ACCT}:mfa/x` })],
  ["GetLoginProfile", "user", (c, n) => lib.mfa.getLoginProfile(c, n)],
  ["CreateLoginProfile", "user", (c, n) => lib.loginProfiles.createLoginProfile(c, { userName: n, password: "Matrix-Passw0rd!" })],
  ["UpdateLoginProfile", "user", (c, n) => lib.loginProfiles.updateLoginProfile(c, { userName: n, passwordResetRequired: true })],
  ["DeleteLoginProfile", "user", (c, n) => lib.loginProfiles.deleteLoginProfile(c, n)],
  // Groups
  ["GetGroup", "group", (c, n) => lib.groups.getGroup(c, n)],
  ["console delete group", "group", (c, n) => lib.groups.deleteGroupWithDependents(c, n)],
  ["AddUserToGroup", "group", (c, n) => lib.groups.addUserToGroup(c, n, "alice")],
  ["AddUserToGroup (missing user)", "group", (c, n) => lib.groups.addUserToGroup(c, n, "nosuchuser")],
  ["RemoveUserFromGroup", "group", (c, n) => lib.groups.removeUserFromGroup(c, n, "alice")],
  ["ListAttachedGroupPolicies", "group", (c, n) => lib.groups.listAttachedGroupPolicies(c, n)],
  ["AttachGroupPolicy", "group", (c, n) => lib.groups.attachGroupPolicy(c, n, RO_POLICY)],
  ["DetachGroupPolicy", "group", (c, n) => lib.groups.detachGroupPolicy(c, n, RO_POLICY)],
  ["console attach group policies", "group", (c, n) => lib.groups.attachGroupPolicies(c, n, [RO_POLICY])],
  ["group inline policies", "group", (c, n) => lib.inlineDocs.groupInlinePolicies(c, n)],
  // Instance profiles
  ["GetInstanceProfile", "profile", (c, n) => lib.profiles.getInstanceProfile(c, n)],
  ["DeleteInstanceProfile", "profile", (c, n) => lib.profiles.deleteInstanceProfile(c, n)],
  ["AddRoleToInstanceProfile", "profile", (c, n) => lib.profiles.addRoleToInstanceProfile(c, n, ROLE.name)],
  ["AddRoleToInstanceProfile (missing role)", "profile", (c, n) => lib.profiles.addRoleToInstanceProfile(c, n, ROLE.missing)],
  ["RemoveRoleFromInstanceProfile", "profile", (c, n) => lib.profiles.removeRoleFromInstanceProfile(c, n, ROLE.name)],
  // Managed policies
  ["GetPolicy", "policy", (c, a) => lib.policies.getPolicy(c, a)],
  ["GetPolicyVersion", "policy", (c, a) => lib.policies.getPolicyVersion(c, a, "v1")],
  ["ListPolicyVersions", "policy", (c, a) => lib.policies.listPolicyVersions(c, a)],
  ["ListEntitiesForPolicy", "policy", (c, a) => lib.policies.listEntitiesForPolicy(c, a)],
  ["DeletePolicy", "policy", (c, a) => lib.policies.deletePolicy(c, a)],
  ["CreatePolicyVersion", "policy", (c, a) => lib.policies.createPolicyVersion(c, { policyArn: a, policyDocument: ALLOW_ALL })],
  ["SetDefaultPolicyVersion", "policy", (c, a) => lib.policies.setDefaultPolicyVersion(c, a, "v1")],
  ["DeletePolicyVersion", "policy", (c, a) => lib.policies.deletePolicyVersion(c, a, "v1")],
  ["TagPolicy", "policy", (c, a) => lib.policies.tagPolicy(c, a, TAG)],
  ["UntagPolicy", "policy", (c, a) => lib.policies.untagPolicy(c, a, ["k"])],
  ["ListPolicyTags", "policy", (c, a) => lib.policies.listPolicyTags(c, a)],
  ["policy last accessed", "policy", (c, a) => lib.policyLast.policyLastAccessed(c, a)],
  ["policy page", "policy", (c, a) => lib.policyDetail.getPolicyForConsole(c, a)],
  ["policy page delete", "policy", (c, a) => lib.policyDetail.deletePolicyForConsole(c, a)],
  ["policy entities", "policy", (c, a) => lib.policyDetail.listPolicyEntitiesForConsole(c, a)],
  ["policy save", "policy", (c, a) => lib.policyDetail.savePolicyChanges(c, { policyArn: a, policyDocument: ALLOW_ALL, replaceOldestVersion: true })],
];

const target = {
  role: ROLE,
  user: USER,
  group: GROUP,
  profile: PROFILE,
  policy: { name: POLICY.name, arn: POLICY.name, missing: POLICY.missing, missingArn: POLICY.missing },
};

describe("alice (no policies) is denied before IAM says whether the entity exists", () => {
  it.each(cases)("%s", async (_label, kind, call) => {
    const t = target[kind];
    const existing = await failure(call(sb.alice, t.name));
    const missing = await failure(call(sb.alice, t.missing));
    expect(existing.code).toBe("AccessDenied");
    expect(missing.code).toBe("AccessDenied");
    // Both name an ARN of the entity kind addressed; only the ARN may differ between the two answers.
    expect(existing.message.replace(t.arn, "<arn>")).toBe(missing.message.replace(t.missingArn, "<arn>"));
  });

  it("names the entity's real ARN (path included) when it exists and the pathless ARN when it does not", async () => {
    expect((await failure(lib.roles.getRole(sb.alice, ROLE.name))).message).toContain(`on resource: ${ROLE.arn} `);
    expect((await failure(lib.roles.getRole(sb.alice, ROLE.missing))).message).toBe(
      `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: iam:GetRole on resource: ${ROLE.missingArn} because no identity-based policy allows the iam:GetRole action`,
    );
    expect((await failure(lib.users.getUser(sb.alice, USER.missing))).message).toContain(`on resource: ${USER.missingArn} `);
    expect((await failure(lib.policies.getPolicy(sb.alice, POLICY.missing))).message).toContain(`on resource: ${POLICY.missing} `);
  });

  it("GenerateServiceLastAccessedDetails names the ARN given, existing or not", async () => {
    for (const arn of [ROLE.arn, `arn:aws:iam::${ACCT}:role/team/Nope`, USER.arn, GROUP.missingArn]) {
      const f = await failure(lib.jobs.generateServiceLastAccessedDetails(sb.alice, { arn }));
      expect([f.code, f.message]).toEqual(["AccessDenied", expect.stringContaining(`on resource: ${arn} `)]);
    }
  });

  it("GetServiceLinkedRoleDeletionStatus is denied for a live task and an unknown one, naming the task's role", async () => {
    const live = await failure(lib.slr.getServiceLinkedRoleDeletionStatus(sb.alice, existingTask));
    const unknown = await failure(lib.slr.getServiceLinkedRoleDeletionStatus(sb.alice, MISSING_TASK));
    expect([live.code, unknown.code]).toEqual(["AccessDenied", "AccessDenied"]);
    expect(live.message).toContain(`on resource: ${SLR_ARN} `);
    expect(unknown.message).toContain(`on resource: arn:aws:iam::${ACCT}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS `);
  });

  it("the console's create forms authorize before checking the selected users and policies exist", async () => {
    for (const policyArns of [[RO_POLICY], [`arn:aws:iam::${ACCT}:policy/NoSuchPolicy`]]) {
      const f = await failure(lib.createRole.createRoleForConsole(sb.alice, { roleName: "NewRole", assumeRolePolicyDocument: TRUST, policyArns }));
      expect([f.code, f.message]).toEqual(["AccessDenied", expect.stringContaining(`iam:CreateRole on resource: arn:aws:iam::${ACCT}:role/NewRole `)]);
    }
    for (const userNames of [["alice"], ["nosuchuser"]]) {
      const f = await failure(lib.groups.createGroupWithMembers(sb.alice, { groupName: "NewGroup", userNames }));
      expect([f.code, f.message]).toEqual(["AccessDenied", expect.stringContaining(`iam:CreateGroup on resource: arn:aws:iam::${ACCT}:group/NewGroup `)]);
    }
    for (const policyArns of [[RO_POLICY], [`arn:aws:iam::${ACCT}:policy/NoSuchPolicy`]]) {
      expect((await failure(lib.groups.createGroupWithMembers(sb.alice, { groupName: "NewGroup", policyArns }))).code).toBe("AccessDenied");
    }
  });

  it("the admin still gets NoSuchEntity for what is missing", async () => {
    expect((await failure(lib.roles.getRole(sb.admin, ROLE.missing))).code).toBe("NoSuchEntity");
    expect((await failure(lib.users.getUser(sb.admin, USER.missing))).code).toBe("NoSuchEntity");
    expect((await failure(lib.groups.getGroup(sb.admin, GROUP.missing))).code).toBe("NoSuchEntity");
    expect((await failure(lib.profiles.getInstanceProfile(sb.admin, PROFILE.missing))).code).toBe("NoSuchEntity");
    expect((await failure(lib.policies.getPolicy(sb.admin, POLICY.missing))).code).toBe("NoSuchEntity");
    expect((await failure(lib.slr.getServiceLinkedRoleDeletionStatus(sb.admin, MISSING_TASK))).code).toBe("NoSuchEntity");
    expect((await failure(lib.roleDetail.editRoleSummary(sb.admin, ROLE.missing, { description: "x" }))).code).toBe("NoSuchEntity");
    expect((await lib.roles.getRole(sb.admin, ROLE.name)).Role.Arn).toBe(ROLE.arn);
  });
});

describe("a ReadOnlyAccess role session is denied before any conflict check", () => {
  it("deleting an attached policy from the policy page is AccessDenied, not DeleteConflict", async () => {
    const { Policy } = await lib.policies.createPolicy(sb.admin, { policyName: "Attached", policyDocument: ALLOW_ALL });
    await lib.roles.attachRolePolicy(sb.admin, ROLE.name, Policy.Arn);
    for (const del of [lib.policyDetail.deletePolicyForConsole, lib.policies.deletePolicy]) {
      const f = await failure(del(readOnly, Policy.Arn));
      expect([f.code, f.message]).toEqual(["AccessDenied", expect.stringContaining(`iam:DeletePolicy on resource: ${Policy.Arn} `)]);
    }
  });

  it("deleting the default version is AccessDenied, not DeleteConflict", async () => {
    expect((await failure(lib.policies.deletePolicyVersion(readOnly, POLICY.name, "v1"))).code).toBe("AccessDenied");
  });

  it("the console's role delete is AccessDenied for a role held by another instance profile and for a service-linked role", async () => {
    await lib.roles.createRole(sb.admin, { roleName: "Held", assumeRolePolicyDocument: TRUST });
    await lib.profiles.createInstanceProfile(sb.admin, { instanceProfileName: "OtherName" });
    await lib.profiles.addRoleToInstanceProfile(sb.admin, "OtherName", "Held");
    expect(await failure(lib.roles.deleteRoleForConsole(sb.admin, "Held"))).toMatchObject({ code: "DeleteConflict" });
    expect((await failure(lib.roles.deleteRoleForConsole(readOnly, "Held"))).code).toBe("AccessDenied");
    expect((await failure(lib.roles.deleteRoleForConsole(readOnly, "AWSServiceRoleForECS"))).code).toBe("AccessDenied");
    expect((await failure(lib.roleDetail.deleteRoleFromDetailPage(readOnly, "Held"))).code).toBe("AccessDenied");
    expect((await failure(lib.profiles.deleteInstanceProfile(readOnly, "OtherName"))).code).toBe("AccessDenied");
  });

  it("deletes of users and groups with dependents are AccessDenied", async () => {
    await lib.groups.addUserToGroup(sb.admin, GROUP.name, USER.name);
    expect((await failure(lib.users.deleteUserApi(readOnly, USER.name))).code).toBe("AccessDenied");
    expect((await failure(lib.groups.deleteGroupWithDependents(readOnly, GROUP.name))).code).toBe("AccessDenied");
    expect((await failure(lib.groups.removeUserFromGroup(readOnly, GROUP.name, USER.name))).code).toBe("AccessDenied");
    expect((await failure(lib.userPolicies.detachUserPolicy(readOnly, USER.name, RO_POLICY))).code).toBe("AccessDenied");
    expect((await failure(lib.roles.detachRolePolicy(readOnly, "AWSServiceRoleForECS", RO_POLICY))).code).toBe("AccessDenied");
  });

  it("but reads succeed", async () => {
    expect((await lib.roles.getRole(readOnly, ROLE.name)).Role.Arn).toBe(ROLE.arn);
    expect((await lib.policyDetail.getPolicyForConsole(readOnly, POLICY.name)).Policy.Arn).toBe(POLICY.name);
  });
});
