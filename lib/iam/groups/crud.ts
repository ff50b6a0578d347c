// Groups themselves: ListGroups, CreateGroup, GetGroup, UpdateGroup, DeleteGroup as the API does
// them, and the console's list summary, create-with-members and cascading delete.
import { startsWithExactly } from "@/lib/data/text-filters";
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { checkName, checkPath, iamArn } from "../names";
import { allPages, pageRequest, type PageInput } from "../pagination";
import { MAX_ITEMS_LIMIT, page } from "../roles/paging";
import { uniqueOr } from "../roles/unique";
import { authorizeRename } from "../rename";
import { checkPolicyArn } from "../policies/lookup";
import { attachManagedPolicy, checkSelectionQuota } from "@/lib/iam/attachments";
import { deletePrincipal } from "@/lib/iam/cascade";
import { findAttachableOrThrow } from "@/lib/iam/policies/lookup";
import { findUserOrThrow } from "@/lib/iam/users/crud";
import { GROUP_POLICY_QUOTA } from "./attached";
import { addMembership, memberPage, type MemberPage } from "./members";
import { GROUPS_PER_ACCOUNT, GROUP_NAME_MAX, authorizedGroup, findGroup, groupExists, noSuchGroup, toGroupShape, type GroupShape } from "./shape";

/** The console list's extra columns: member count and whether any policy is attached or inline. */
export interface GroupSummary extends GroupShape {
  UserCount: number;
  PermissionsDefined: boolean;
}

export interface GroupPage {
  Groups: GroupShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/** One page of ListGroups under `pathPrefix`, in name order (markers survive groups being added or removed). */
export async function listGroups(caller: Caller, input: PageInput & { pathPrefix?: string } = {}): Promise<GroupPage> {
  const pathPrefix = input.pathPrefix ?? "/";
  const { maxItems, after } = pageRequest(input);
  await authorize(caller, "iam:ListGroups", iamArn(caller.accountId, "group", pathPrefix, ""));
  const rows = await db.group.findMany({
    where: { accountId: caller.accountId, path: startsWithExactly(pathPrefix), ...(after !== undefined ? { nameLower: { gt: after } } : {}) },
    orderBy: { nameLower: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (g) => g.nameLower);
  return { Groups: items.map(toGroupShape), ...rest };
}

/** Every group, paging through ListGroups as the AWS console does. */
export async function listAllGroups(caller: Caller): Promise<{ Groups: GroupShape[] }> {
  const { all } = await allPages((marker) => listGroups(caller, { marker, maxItems: MAX_ITEMS_LIMIT }), (p) => p.Groups);
  return { Groups: all };
}

export async function listGroupSummaries(caller: Caller): Promise<{ Groups: GroupSummary[] }> {
  const { Groups } = await listAllGroups(caller);
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
  const group = await uniqueOr(
    db.$transaction((tx) => insertGroup(tx, caller.accountId, input.groupName, path, arn)),
    () => groupExists(input.groupName),
  );
  return { Group: toGroupShape(group) };
}

async function insertGroup(tx: Tx, accountId: string, name: string, path: string, arn: string) {
  await lockQuota(tx, `account:${accountId}:groups`);
  if (await findGroup(accountId, name, tx)) throw groupExists(name);
  if ((await tx.group.count({ where: { accountId } })) >= GROUPS_PER_ACCOUNT) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for GroupsPerAccount: ${GROUPS_PER_ACCOUNT}`);
  }
  return tx.group.create({ data: { id: newId("AGPA"), accountId, name, nameLower: name.toLowerCase(), path, arn } });
}

/** GetGroup: the group and one page of its members. */
export async function getGroup(caller: Caller, groupName: string, input: PageInput = {}): Promise<{ Group: GroupShape } & MemberPage> {
  pageRequest(input);
  const group = await authorizedGroup(caller, "iam:GetGroup", groupName);
  return { Group: toGroupShape(group), ...(await memberPage(group.id, input)) };
}

/** The console's group page: the group and all its members, paging through GetGroup. */
export async function getGroupWithAllMembers(caller: Caller, groupName: string): Promise<{ Group: GroupShape; Users: MemberPage["Users"] }> {
  const { first, all } = await allPages((marker) => getGroup(caller, groupName, { marker, maxItems: MAX_ITEMS_LIMIT }), (p) => p.Users);
  return { Group: first.Group, Users: all };
}

/** UpdateGroup: a new name and/or path, authorized under both (see ../rename). */
export async function updateGroup(caller: Caller, input: { groupName: string; newGroupName?: string; newPath?: string }): Promise<void> {
  if (input.newGroupName !== undefined) checkName("newGroupName", input.newGroupName, GROUP_NAME_MAX);
  if (input.newPath !== undefined) checkPath(input.newPath);
  const { row, target } = await authorizeRename(caller, "iam:UpdateGroup", "group", await findGroup(caller.accountId, input.groupName), {
    name: input.groupName,
    newName: input.newGroupName,
    newPath: input.newPath,
    notFound: () => noSuchGroup(input.groupName),
  });
  await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `account:${caller.accountId}:groups`);
      const clash = await findGroup(caller.accountId, target.name, tx);
      if (clash && clash.id !== row.id) throw groupExists(target.name);
      const { count } = await tx.group.updateMany({ where: { id: row.id }, data: target });
      if (count === 0) throw noSuchGroup(input.groupName);
    }),
    () => groupExists(target.name),
  );
}

/** DeleteGroup as the API does it: members and policies must be removed first. */
export async function deleteGroup(caller: Caller, groupName: string): Promise<void> {
  const group = await authorizedGroup(caller, "iam:DeleteGroup", groupName);
  await db.$transaction(async (tx) => {
    const [members, attached, inline] = await Promise.all([
      tx.groupMembership.count({ where: { groupId: group.id } }),
      tx.policyAttachment.count({ where: { principalType: "group", principalId: group.id } }),
      tx.inlinePolicy.count({ where: { ownerType: "group", ownerId: group.id } }),
    ]);
    // Texts as AWS answers them; the order among them is [INF].
    if (members) throw new AwsError("DeleteConflict", "Cannot delete entity, must remove users from group first.");
    if (attached) throw new AwsError("DeleteConflict", "Cannot delete entity, must detach all policies first.");
    if (inline) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete policies first.");
    if (!(await deletePrincipal(tx, { type: "group", id: group.id }))) throw noSuchGroup(groupName);
  });
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
  await db.$transaction(async (tx) => {
    if (!(await deletePrincipal(tx, { type: "group", id: group.id }))) throw noSuchGroup(groupName);
  });
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
  policyArns.forEach(checkPolicyArn);
  const arn = iamArn(caller.accountId, "group", "/", input.groupName);
  await authorize(caller, "iam:CreateGroup", arn);
  if (userNames.length) await authorize(caller, "iam:AddUserToGroup", arn);
  for (const policyArn of policyArns) await authorize(caller, "iam:AttachGroupPolicy", arn, { context: { "iam:PolicyARN": policyArn } });
  const users: { id: string }[] = [];
  for (const name of userNames) users.push(await findUserOrThrow(caller.accountId, name));
  const policies: { id: string }[] = [];
  for (const arn of policyArns) policies.push(await findAttachableOrThrow(caller.accountId, arn));
  checkSelectionQuota([], policyArns, GROUP_POLICY_QUOTA.name, GROUP_POLICY_QUOTA.limit);
  const group = await db.$transaction(async (tx) => {
    const created = await insertGroup(tx, caller.accountId, input.groupName, "/", arn);
    for (const user of users) await addMembership(tx, created.id, user.id);
    for (const policy of policies) await attachManagedPolicy({ type: "group", id: created.id }, policy.id, GROUP_POLICY_QUOTA, tx);
    return created;
  });
  return { Group: toGroupShape(group) };
}
