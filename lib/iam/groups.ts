// IAM user groups: list, create, get, the console's cascading delete, membership (both directions)
// and attached managed policies. Membership and group-policy actions name the group's ARN, as AWS's
// service authorization reference does; ListGroupsForUser names the user's.
import { startsWithExactly } from "@/lib/data/text-filters";
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { authorizeEntity, type OptionsFor } from "./authorized";
import { checkName, checkPath, iamArn } from "./names";
import { authorizedUser, findUserOrThrow, toUserShape, type UserShape } from "./users";
import {
  attachManagedPolicies,
  attachManagedPolicy,
  checkSelectionQuota,
  detachManagedPolicy,
  findAttachablePolicy,
  listAttachedManaged,
  type AttachedPolicyShape,
} from "./policies-list";

// AWS default quotas (reference_iam-quotas).
export const GROUPS_PER_ACCOUNT = 300;
export const GROUPS_PER_USER = 10;
export const POLICIES_PER_GROUP = 10;
/** Group names may be longer than user and role names. */
const GROUP_NAME_MAX = 128;

export interface GroupShape {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
}

/** The console list's extra columns: member count and whether any policy is attached or inline. */
export interface GroupSummary extends GroupShape {
  UserCount: number;
  PermissionsDefined: boolean;
}

type GroupRow = { name: string; id: string; arn: string; path: string; createdAt: Date };

function toGroupShape(g: GroupRow): GroupShape {
  return { GroupName: g.name, GroupId: g.id, Arn: g.arn, Path: g.path, CreateDate: g.createdAt };
}

const noSuchGroup = (name: string) => new AwsError("NoSuchEntity", `The group with name ${name} cannot be found.`);

function findGroup(accountId: string, name: string) {
  return db.group.findUnique({ where: { accountId_nameLower: { accountId, nameLower: name.toLowerCase() } } });
}

export async function findGroupOrThrow(accountId: string, name: string) {
  const group = await findGroup(accountId, name);
  if (!group) throw noSuchGroup(name);
  return group;
}

/** The caller's group `name` once `action` on it is allowed: AccessDenied comes before NoSuchEntity. */
export async function authorizedGroup(caller: Caller, action: string, name: string, opts?: OptionsFor<{ arn: string }>) {
  const row = await findGroup(caller.accountId, name);
  return authorizeEntity(caller, action, { row, pathlessArn: iamArn(caller.accountId, "group", "/", name), notFound: () => noSuchGroup(name) }, opts);
}

export async function listGroups(caller: Caller, input: { pathPrefix?: string } = {}): Promise<{ Groups: GroupShape[] }> {
  const pathPrefix = input.pathPrefix ?? "/";
  await authorize(caller, "iam:ListGroups", iamArn(caller.accountId, "group", pathPrefix, ""));
  const rows = await db.group.findMany({ where: { accountId: caller.accountId, path: startsWithExactly(pathPrefix) }, orderBy: { nameLower: "asc" } });
  return { Groups: rows.map(toGroupShape) };
}

export async function listGroupSummaries(caller: Caller): Promise<{ Groups: GroupSummary[] }> {
  const { Groups } = await listGroups(caller);
  const ids = Groups.map((g) => g.GroupId);
  const [members, attached, inline] = await Promise.all([
    db.groupMembership.groupBy({ by: ["groupId"], where: { groupId: { in: ids } }, _count: true }),
    db.policyAttachment.groupBy({ by: ["principalId"], where: { principalType: "group", principalId: { in: ids } }, _count: true }),
    db.inlinePolicy.groupBy({ by: ["ownerId"], where: { ownerType: "group", ownerId: { in: ids } }, _count: true }),
  ]);
  const memberCount = new Map(members.map((m) => [m.groupId, m._count]));
  const withPolicies = new Set([...attached.map((a) => a.principalId), ...inline.map((i) => i.ownerId)]);
  return {
    Groups: Groups.map((g) => ({ ...g, UserCount: memberCount.get(g.GroupId) ?? 0, PermissionsDefined: withPolicies.has(g.GroupId) })),
  };
}

export async function createGroup(caller: Caller, input: { groupName: string; path?: string }): Promise<{ Group: GroupShape }> {
  const path = input.path ?? "/";
  checkName("groupName", input.groupName, GROUP_NAME_MAX);
  checkPath(path);
  const arn = iamArn(caller.accountId, "group", path, input.groupName);
  await authorize(caller, "iam:CreateGroup", arn);
  const group = await db.$transaction((tx) => insertGroup(tx, caller.accountId, input.groupName, path, arn));
  return { Group: toGroupShape(group) };
}

async function insertGroup(tx: Tx, accountId: string, name: string, path: string, arn: string) {
  await lockQuota(tx, `account:${accountId}:groups`);
  const nameLower = name.toLowerCase();
  if (await tx.group.findUnique({ where: { accountId_nameLower: { accountId, nameLower } } })) {
    throw new AwsError("EntityAlreadyExists", `Group with name ${name} already exists.`);
  }
  if ((await tx.group.count({ where: { accountId } })) >= GROUPS_PER_ACCOUNT) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for GroupsPerAccount: ${GROUPS_PER_ACCOUNT}`);
  }
  return tx.group.create({ data: { id: newId("AGPA"), accountId, name, nameLower, path, arn } });
}

/** Adds one membership (idempotent, like AWS) within the user's GroupsPerUser quota. */
async function addMembership(tx: Tx, groupId: string, userId: string): Promise<void> {
  await lockQuota(tx, `user:${userId}:groups`);
  const key = { groupId_userId: { groupId, userId } };
  if (await tx.groupMembership.findUnique({ where: key })) return;
  if ((await tx.groupMembership.count({ where: { userId } })) >= GROUPS_PER_USER) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for GroupsPerUser: ${GROUPS_PER_USER}`);
  }
  await tx.groupMembership.create({ data: { groupId, userId } });
}

export async function getGroup(caller: Caller, groupName: string): Promise<{ Group: GroupShape; Users: UserShape[] }> {
  const group = await authorizedGroup(caller, "iam:GetGroup", groupName);
  const members = await db.groupMembership.findMany({ where: { groupId: group.id }, include: { user: true } });
  const users = members.map((m) => m.user).sort((a, b) => a.nameLower.localeCompare(b.nameLower));
  return { Group: toGroupShape(group), Users: users.map(toUserShape) };
}

/**
 * The console's delete: removes members and policies first, each authorized as the call the console
 * makes for it (RemoveUserFromGroup, DetachGroupPolicy, DeleteGroupPolicy), then DeleteGroup.
 */
export async function deleteGroupWithDependents(caller: Caller, groupName: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:DeleteGroup", groupName);
  const [members, attached, inline] = await Promise.all([
    db.groupMembership.count({ where: { groupId: group.id } }),
    db.policyAttachment.count({ where: { principalType: "group", principalId: group.id } }),
    db.inlinePolicy.count({ where: { ownerType: "group", ownerId: group.id } }),
  ]);
  if (members) await authorize(caller, "iam:RemoveUserFromGroup", group.arn);
  if (attached) await authorize(caller, "iam:DetachGroupPolicy", group.arn);
  if (inline) await authorize(caller, "iam:DeleteGroupPolicy", group.arn);
  await db.$transaction([
    db.policyAttachment.deleteMany({ where: { principalType: "group", principalId: group.id } }),
    db.inlinePolicy.deleteMany({ where: { ownerType: "group", ownerId: group.id } }),
    db.groupMembership.deleteMany({ where: { groupId: group.id } }),
    db.group.delete({ where: { id: group.id } }),
  ]);
}

export async function addUserToGroup(caller: Caller, groupName: string, userName: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:AddUserToGroup", groupName);
  const user = await findUserOrThrow(caller.accountId, userName);
  await db.$transaction((tx) => addMembership(tx, group.id, user.id));
}

export async function removeUserFromGroup(caller: Caller, groupName: string, userName: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:RemoveUserFromGroup", groupName);
  const user = await findUserOrThrow(caller.accountId, userName);
  const removed = await db.groupMembership.deleteMany({ where: { groupId: group.id, userId: user.id } });
  if (removed.count === 0) throw new AwsError("NoSuchEntity", `The user with name ${user.name} cannot be found in group ${group.name}.`);
}

export async function listGroupsForUser(caller: Caller, userName: string): Promise<{ Groups: GroupShape[] }> {
  const user = await authorizedUser(caller, "iam:ListGroupsForUser", userName);
  const rows = await db.groupMembership.findMany({ where: { userId: user.id }, include: { group: true } });
  const groups = rows.map((r) => r.group).sort((a, b) => a.nameLower.localeCompare(b.nameLower));
  return { Groups: groups.map(toGroupShape) };
}

export async function listAttachedGroupPolicies(caller: Caller, groupName: string): Promise<{ AttachedPolicies: AttachedPolicyShape[] }> {
  const group = await authorizedGroup(caller, "iam:ListAttachedGroupPolicies", groupName);
  return { AttachedPolicies: await listAttachedManaged({ type: "group", id: group.id }) };
}

export async function attachGroupPolicy(caller: Caller, groupName: string, policyArn: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:AttachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArn } });
  const policy = await findAttachablePolicy(caller.accountId, policyArn);
  await attachManagedPolicy({ type: "group", id: group.id }, policy.id, { name: "PoliciesPerGroup", limit: POLICIES_PER_GROUP });
}

export async function detachGroupPolicy(caller: Caller, groupName: string, policyArn: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:DetachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArn } });
  await detachManagedPolicy({ type: "group", id: group.id }, policyArn);
}

/** The console's multi-select attach; the quota covers the whole selection (see attachUserPolicies). */
export async function attachGroupPolicies(caller: Caller, groupName: string, policyArns: string[]): Promise<{ attached: string[] }> {
  const group = await authorizedGroup(caller, "iam:AttachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArns[0] } });
  for (const arn of policyArns.slice(1)) await authorize(caller, "iam:AttachGroupPolicy", group.arn, { context: { "iam:PolicyARN": arn } });
  checkSelectionQuota(await listAttachedManaged({ type: "group", id: group.id }), policyArns, "PoliciesPerGroup", POLICIES_PER_GROUP);
  await attachManagedPolicies(caller.accountId, { type: "group", id: group.id }, policyArns, { name: "PoliciesPerGroup", limit: POLICIES_PER_GROUP });
  return { attached: policyArns };
}

/**
 * The console's "Create user group" page: CreateGroup, then AddUserToGroup per selected user and
 * AttachGroupPolicy per selected policy. Every call is authorized up front, then the selection is
 * checked, so a bad selection creates nothing and a caller who may not create learns nothing about it;
 * the writes are one transaction, so a failure midway (a member's GroupsPerUser quota, a lost store)
 * leaves no half-made group.
 */
export async function createGroupWithMembers(
  caller: Caller,
  input: { groupName: string; userNames?: string[]; policyArns?: string[] },
): Promise<{ Group: GroupShape }> {
  const userNames = input.userNames ?? [];
  const policyArns = input.policyArns ?? [];
  checkName("groupName", input.groupName, GROUP_NAME_MAX);
  const arn = iamArn(caller.accountId, "group", "/", input.groupName);
  await authorize(caller, "iam:CreateGroup", arn);
  if (userNames.length) await authorize(caller, "iam:AddUserToGroup", arn);
  for (const policyArn of policyArns) await authorize(caller, "iam:AttachGroupPolicy", arn, { context: { "iam:PolicyARN": policyArn } });
  const users: { id: string }[] = [];
  for (const name of userNames) users.push(await findUserOrThrow(caller.accountId, name));
  const policies: { id: string }[] = [];
  for (const arn of policyArns) policies.push(await findAttachablePolicy(caller.accountId, arn));
  checkSelectionQuota([], policyArns, "PoliciesPerGroup", POLICIES_PER_GROUP);
  const group = await db.$transaction(async (tx) => {
    const created = await insertGroup(tx, caller.accountId, input.groupName, "/", arn);
    for (const user of users) await addMembership(tx, created.id, user.id);
    const quota = { name: "PoliciesPerGroup", limit: POLICIES_PER_GROUP };
    for (const policy of policies) await attachManagedPolicy({ type: "group", id: created.id }, policy.id, quota, tx);
    return created;
  });
  return { Group: toGroupShape(group) };
}
