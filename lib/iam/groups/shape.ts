// A group as IAM returns it, its lookups with AWS's NoSuchEntity text, and the quotas that bound it.
import { db, type Tx } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { authorizeEntity, type OptionsFor } from "../authorized";
import { iamArn } from "../names";

// AWS default quotas (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
export const GROUPS_PER_ACCOUNT = 300;
export const GROUPS_PER_USER = 10;
export const POLICIES_PER_GROUP = 10;
/** Group names may be longer than user and role names. */
export const GROUP_NAME_MAX = 128;

export interface GroupShape {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
}

export type GroupRow = { name: string; id: string; arn: string; path: string; createdAt: Date };

export function toGroupShape(g: GroupRow): GroupShape {
  return { GroupName: g.name, GroupId: g.id, Arn: g.arn, Path: g.path, CreateDate: g.createdAt };
}

export const noSuchGroup = (name: string) => new AwsError("NoSuchEntity", `The group with name ${name} cannot be found.`);
export const groupExists = (name: string) => new AwsError("EntityAlreadyExists", `Group with name ${name} already exists.`);

export function findGroup(accountId: string, name: string, tx: Tx = db) {
  return tx.group.findUnique({ where: { accountId_nameLower: { accountId, nameLower: name.toLowerCase() } } });
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
