// Group membership both ways: AddUserToGroup, RemoveUserFromGroup, GetGroup's member page and
// ListGroupsForUser. Membership actions name the group's ARN; ListGroupsForUser names the user's.
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { pageRequest, type PageInput } from "../pagination";
import { page } from "../roles/paging";
import { authorizedUser, findUserOrThrow, toUserShape, type UserShape } from "@/lib/iam/users/crud";
import { GROUPS_PER_USER, authorizedGroup, toGroupShape, type GroupShape } from "./shape";

/** Adds one membership (idempotent, like AWS) within the user's GroupsPerUser quota. */
export async function addMembership(tx: Tx, groupId: string, userId: string): Promise<void> {
  await lockQuota(tx, `user:${userId}:groups`);
  const key = { groupId_userId: { groupId, userId } };
  if (await tx.groupMembership.findUnique({ where: key })) return;
  if ((await tx.groupMembership.count({ where: { userId } })) >= GROUPS_PER_USER) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for GroupsPerUser: ${GROUPS_PER_USER}`);
  }
  await tx.groupMembership.create({ data: { groupId, userId } });
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
  // [INF] AWS's text for a user who is not a member.
  if (removed.count === 0) throw new AwsError("NoSuchEntity", `The user with name ${user.name} cannot be found in group ${group.name}.`);
}

export interface MemberPage {
  Users: UserShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/** One page of a group's members, in user-name order (the marker is the last name shown). */
export async function memberPage(groupId: string, input: PageInput = {}): Promise<MemberPage> {
  const { maxItems, after } = pageRequest(input);
  const rows = await db.groupMembership.findMany({
    where: { groupId, ...(after !== undefined ? { user: { nameLower: { gt: after } } } : {}) },
    include: { user: true },
    orderBy: { user: { nameLower: "asc" } },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (m) => m.user.nameLower);
  return { Users: items.map((m) => toUserShape(m.user)), ...rest };
}

/** ListGroupsForUser: the user's groups in name order, paged like ListGroups. */
export async function listGroupsForUser(
  caller: Caller,
  userName: string,
  input: PageInput = {},
): Promise<{ Groups: GroupShape[]; IsTruncated: boolean; Marker?: string }> {
  const { maxItems, after } = pageRequest(input);
  const user = await authorizedUser(caller, "iam:ListGroupsForUser", userName);
  const rows = await db.groupMembership.findMany({
    where: { userId: user.id, ...(after !== undefined ? { group: { nameLower: { gt: after } } } : {}) },
    include: { group: true },
    orderBy: { group: { nameLower: "asc" } },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (m) => m.group.nameLower);
  return { Groups: items.map((m) => toGroupShape(m.group)), ...rest };
}
