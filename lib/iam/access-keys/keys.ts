// Long-term access keys: CreateAccessKey (the only call that ever returns the secret), ListAccessKeys,
// UpdateAccessKey (Active/Inactive) and DeleteAccessKey, each authorized on the owning user's ARN.
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { newId, newSecretAccessKey } from "@/lib/ids";
import { pageOf, pageRequest, type PageInput } from "@/lib/iam/pagination";
import { authorizedUser } from "@/lib/iam/users/crud";
import { ROOT_USER_NAME } from "@/lib/iam/mfa-devices/devices";

/** AWS's fixed quota of access keys per user. */
export const ACCESS_KEYS_PER_USER = 2;

export type AccessKeyStatus = "Active" | "Inactive";

export interface AccessKeyMetadata {
  UserName: string;
  AccessKeyId: string;
  Status: AccessKeyStatus;
  CreateDate: Date;
}

export interface AccessKeyShape extends AccessKeyMetadata {
  SecretAccessKey: string;
}

/** Without a user name, the credential calls act on the calling IAM user (AWS); `action` is allowed on it first. */
export async function targetUser(caller: Caller, userName: string | undefined, action: string) {
  const name = userName ?? caller.userName;
  if (!name) throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  return authorizedUser(caller, action, name);
}

/** Whose keys a call acts on: a user (id), or the account root (id null, its keys have no user). */
interface KeyOwner {
  id: string | null;
  name: string;
}

/**
 * The access-key calls also act on the root user when root credentials (a root session among them)
 * name no user (AWS); `action` is allowed on that owner's ARN first.
 */
async function keyOwner(caller: Caller, userName: string | undefined, action: string): Promise<KeyOwner> {
  if (userName ?? caller.userName) return targetUser(caller, userName, action);
  if (caller.kind !== "root") throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  await authorize(caller, action, caller.arn);
  return { id: null, name: ROOT_USER_NAME };
}

/** The owner's keys: a user's, or the root user's (no user) in the caller's account. */
function keysOf(caller: Caller, owner: KeyOwner) {
  return owner.id ? { userId: owner.id } : { accountId: caller.accountId, userId: null };
}

function noSuchKey(id: string): AwsError {
  return new AwsError("NoSuchEntity", `The Access Key with id ${id} cannot be found.`);
}

function toMetadata(userName: string, k: { id: string; status: string; createdAt: Date }): AccessKeyMetadata {
  return { UserName: userName, AccessKeyId: k.id, Status: k.status === "Inactive" ? "Inactive" : "Active", CreateDate: k.createdAt };
}

export async function createAccessKey(caller: Caller, userName?: string): Promise<{ AccessKey: AccessKeyShape }> {
  const user = await keyOwner(caller, userName, "iam:CreateAccessKey");
  const key = await db.$transaction(async (tx) => {
    await lockQuota(tx, user.id ? `user:${user.id}` : `root:${caller.accountId}`);
    if ((await tx.accessKey.count({ where: keysOf(caller, user) })) >= ACCESS_KEYS_PER_USER) {
      throw new AwsError("LimitExceeded", `Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
    }
    return tx.accessKey.create({
      data: { id: newId("AKIA"), accountId: caller.accountId, userId: user.id, secretAccessKey: newSecretAccessKey() },
    });
  });
  return { AccessKey: { ...toMetadata(user.name, key), SecretAccessKey: key.secretAccessKey } };
}

/** Oldest first; the marker is the last key's creation time and id (ids alone are random). */
export async function listAccessKeys(
  caller: Caller,
  userName?: string,
  input: PageInput = {},
): Promise<{ AccessKeyMetadata: AccessKeyMetadata[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const user = await keyOwner(caller, userName, "iam:ListAccessKeys");
  const keys = await db.accessKey.findMany({ where: keysOf(caller, user) });
  const { items, ...rest } = pageOf(keys, (k) => `${k.createdAt.toISOString()} ${k.id}`, paging);
  return { AccessKeyMetadata: items.map((k) => toMetadata(user.name, k)), ...rest };
}

async function ownedKey(caller: Caller, owner: KeyOwner, accessKeyId: string) {
  const key = await db.accessKey.findUnique({ where: { id: accessKeyId } });
  // Another user's key reads as missing, so ids can't be probed across users (or accounts, for root).
  if (!key || key.userId !== owner.id || key.accountId !== caller.accountId) throw noSuchKey(accessKeyId);
  return key;
}

export async function updateAccessKey(
  caller: Caller,
  input: { userName?: string; accessKeyId: string; status: string },
): Promise<void> {
  if (input.status !== "Active" && input.status !== "Inactive") {
    throw validationError("status", input.status, "Member must satisfy enum value set: [Active, Inactive]");
  }
  const user = await keyOwner(caller, input.userName, "iam:UpdateAccessKey");
  const key = await ownedKey(caller, user, input.accessKeyId);
  await db.accessKey.update({ where: { id: key.id }, data: { status: input.status } });
}

export async function deleteAccessKey(caller: Caller, input: { userName?: string; accessKeyId: string }): Promise<void> {
  const user = await keyOwner(caller, input.userName, "iam:DeleteAccessKey");
  const key = await ownedKey(caller, user, input.accessKeyId);
  await db.accessKey.delete({ where: { id: key.id } });
}

export interface AccessKeyLastUsed {
  LastUsedDate?: Date;
  ServiceName: string;
  Region: string;
}

/**
 * GetAccessKeyLastUsed: authorized on the key's owner (a user, or the account root); "N/A" service
 * and region before the first use, as AWS answers. A key that is not this account's reads as
 * missing, authorized on the account's users as a whole since no owner can be named [INF].
 * AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
 */
export async function getAccessKeyLastUsed(caller: Caller, accessKeyId: string): Promise<{ UserName: string; AccessKeyLastUsed: AccessKeyLastUsed }> {
  const key = await db.accessKey.findUnique({ where: { id: accessKeyId }, include: { user: { select: { name: true, arn: true } } } });
  const mine = key && key.accountId === caller.accountId ? key : null;
  const owner = mine ? (mine.user?.arn ?? `arn:aws:iam::${caller.accountId}:root`) : `arn:aws:iam::${caller.accountId}:user/*`;
  await authorize(caller, "iam:GetAccessKeyLastUsed", owner);
  if (!mine) throw noSuchKey(accessKeyId);
  return {
    // [INF] a root key's owner is named "root", as the credential report names the root user's row.
    UserName: mine.user?.name ?? "root",
    AccessKeyLastUsed: mine.lastUsedAt
      ? { LastUsedDate: mine.lastUsedAt, ServiceName: mine.lastUsedService ?? "N/A", Region: mine.lastUsedRegion ?? "N/A" }
      : { ServiceName: "N/A", Region: "N/A" },
  };
}
