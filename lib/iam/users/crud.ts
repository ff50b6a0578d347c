// IAM users: list, get, create (with an optional console password, tags and a permissions
// boundary), delete. Results use the IAM
// API's shapes (UserName, UserId, Arn…) so the console JSON and the Query XML render the same object.
import { startsWithExactly } from "@/lib/data/text-filters";
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { acceptNewPassword, rememberPassword } from "@/lib/iam/account/password-policy";
import { newId } from "@/lib/ids";
import { authorizeEntity, type OptionsFor } from "@/lib/iam/authorized";
import { deletePrincipal } from "@/lib/iam/cascade";
import { checkName, checkPath, iamArn } from "@/lib/iam/names";
import { allPages, pageRequest, type PageInput } from "@/lib/iam/pagination";
import { MAX_ITEMS_LIMIT, page } from "@/lib/iam/roles/paging";
import { boundaryShape, type PermissionsBoundaryShape } from "@/lib/iam/roles/shape";
import { uniqueOr } from "@/lib/iam/roles/unique";
import { checkPolicyArn, findBoundaryOrThrow } from "@/lib/iam/policies/lookup";
import { applyTags, listTags, requestTagContext, validateTags, type Tag } from "@/lib/iam/tags";
import type { ContextValue } from "@/lib/policy";
import type { User } from "@/generated/prisma/client";

/** The default quota of IAM users per account. */
export const USERS_PER_ACCOUNT = 5000;

export interface UserShape {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
  PasswordLastUsed?: Date;
}

type UserRow = { name: string; id: string; arn: string; path: string; createdAt: Date; passwordLastUsed: Date | null };

export function toUserShape(u: UserRow): UserShape {
  return { UserName: u.name, UserId: u.id, Arn: u.arn, Path: u.path, CreateDate: u.createdAt, PasswordLastUsed: u.passwordLastUsed ?? undefined };
}

/** GetUser's and CreateUser's user: the list shape plus the boundary and tags (ListUsers omits both). */
export interface UserDetail extends UserShape {
  PermissionsBoundary?: PermissionsBoundaryShape;
  Tags?: Tag[];
}

function toUserDetail(u: UserRow & { permissionsBoundary: string | null }, tags: Tag[]): UserDetail {
  return { ...toUserShape(u), PermissionsBoundary: boundaryShape(u.permissionsBoundary), ...(tags.length ? { Tags: tags } : {}) };
}

export const userExists = (name: string) => new AwsError("EntityAlreadyExists", `User with name ${name} already exists.`);

export function noSuchUser(name: string): AwsError {
  return new AwsError("NoSuchEntity", `The user with name ${name} cannot be found.`);
}

export function findUser(accountId: string, name: string): Promise<User | null> {
  return db.user.findUnique({ where: { accountId_nameLower: { accountId, nameLower: name.toLowerCase() } } });
}

export async function findUserOrThrow(accountId: string, name: string) {
  const user = await findUser(accountId, name);
  if (!user) throw noSuchUser(name);
  return user;
}

/** The caller's user `name` once `action` on it is allowed: AccessDenied comes before NoSuchEntity. */
export async function authorizedUser(caller: Caller, action: string, name: string, opts?: OptionsFor<User>): Promise<User> {
  const row = await findUser(caller.accountId, name);
  return authorizeEntity(caller, action, { row, pathlessArn: iamArn(caller.accountId, "user", "/", name), notFound: () => noSuchUser(name) }, opts);
}

export interface ListUsersResult {
  Users: UserShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/** One page of ListUsers, sorted by name (markers survive users being added or removed). */
export async function listUsers(caller: Caller, input: PageInput & { pathPrefix?: string } = {}): Promise<ListUsersResult> {
  const pathPrefix = input.pathPrefix ?? "/";
  const { maxItems, after } = pageRequest(input);
  await authorize(caller, "iam:ListUsers", iamArn(caller.accountId, "user", pathPrefix, ""));
  const rows = await db.user.findMany({
    where: { accountId: caller.accountId, path: startsWithExactly(pathPrefix), ...(after !== undefined ? { nameLower: { gt: after } } : {}) },
    orderBy: { nameLower: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (u) => u.nameLower);
  return { Users: items.map(toUserShape), ...rest };
}

/** The console's Users table holds every user: it pages through ListUsers as the AWS console does. */
export async function listAllUsers(caller: Caller): Promise<{ Users: UserShape[] }> {
  const { all } = await allPages((marker) => listUsers(caller, { marker, maxItems: MAX_ITEMS_LIMIT }), (p) => p.Users);
  return { Users: all };
}

/** The root user as GetUser describes it: the account id as its id, no name or path (AWS). */
export interface RootUserDetail {
  UserId: string;
  Arn: string;
  CreateDate: Date;
}

/** GetUser without a name for root credentials (a root session's audit task among them). */
export async function getRootUser(caller: Caller): Promise<{ User: RootUserDetail }> {
  await authorize(caller, "iam:GetUser", caller.arn);
  const account = await db.account.findUniqueOrThrow({ where: { id: caller.accountId } });
  return { User: { UserId: account.id, Arn: caller.arn, CreateDate: account.createdAt } };
}

export async function getUser(caller: Caller, userName?: string): Promise<{ User: UserDetail }> {
  // GetUser without a name describes the caller itself (AWS).
  const name = userName ?? caller.userName;
  if (!name) throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  const user = await authorizedUser(caller, "iam:GetUser", name);
  return { User: toUserDetail(user, await listTags("user", user.id)) };
}

export interface CreateUserInput {
  userName: string;
  path?: string;
  password?: string;
  permissionsBoundary?: string;
  tags?: Tag[];
}

/**
 * CreateUser. Tags need iam:TagUser as well, and the request's tags and boundary are in the context
 * CreateUser is authorized with (aws:RequestTag/*, aws:TagKeys, iam:PermissionsBoundary), as in AWS.
 */
export async function createUser(caller: Caller, input: CreateUserInput): Promise<{ User: UserDetail }> {
  const path = input.path ?? "/";
  const tags = input.tags ?? [];
  checkName("userName", input.userName);
  checkPath(path);
  validateTags(tags);
  if (input.permissionsBoundary !== undefined) checkPolicyArn(input.permissionsBoundary);
  const arn = iamArn(caller.accountId, "user", path, input.userName);
  const context: Record<string, ContextValue> = tags.length ? requestTagContext(tags) : {};
  if (input.permissionsBoundary) context["iam:PermissionsBoundary"] = input.permissionsBoundary;
  await authorize(caller, "iam:CreateUser", arn, { context });
  if (tags.length) await authorize(caller, "iam:TagUser", arn, { context });
  if (input.password !== undefined) await authorize(caller, "iam:CreateLoginProfile", arn);
  if (input.permissionsBoundary) await findBoundaryOrThrow(caller.accountId, input.permissionsBoundary);
  const passwordHash = input.password !== undefined ? await acceptNewPassword(caller.accountId, null, input.password) : null;
  const user = await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `account:${caller.accountId}:users`);
      const nameLower = input.userName.toLowerCase();
      if (await tx.user.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower } } })) throw userExists(input.userName);
      if ((await tx.user.count({ where: { accountId: caller.accountId } })) >= USERS_PER_ACCOUNT) {
        throw new AwsError("LimitExceeded", `Cannot exceed quota for UsersPerAccount: ${USERS_PER_ACCOUNT}`);
      }
      const created = await tx.user.create({
        data: {
          id: newId("AIDA"),
          accountId: caller.accountId,
          name: input.userName,
          nameLower,
          path,
          arn,
          passwordHash,
          permissionsBoundary: input.permissionsBoundary ?? null,
        },
      });
      if (passwordHash) await rememberPassword(tx, created.id, passwordHash);
      await applyTags(tx, "user", created.id, tags, "TagsPerUser");
      return created;
    }),
    () => userExists(input.userName),
  );
  return { User: toUserDetail(user, tags) };
}

/**
 * The console's delete: removes the password, access keys, MFA devices, group memberships and
 * policies with the user (the API's DeleteUser instead refuses with DeleteConflict — see deleteUserApi).
 */
export async function deleteUserWithDependents(caller: Caller, userName: string): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteUser", userName);
  if (user.id === caller.userId) {
    throw new AwsError("DeleteConflict", "Cannot delete the user you are signed in as.");
  }
  await db.$transaction(async (tx) => {
    if (!(await deletePrincipal(tx, { type: "user", id: user.id }))) throw noSuchUser(userName);
  });
}

/** DeleteUser as the API does it: dependents must be removed first. */
export async function deleteUserApi(caller: Caller, userName: string): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteUser", userName);
  const [keys, certificates, devices, groups, attached, inline, sshKeys, serviceCredentials] = await Promise.all([
    db.accessKey.count({ where: { userId: user.id } }),
    db.signingCertificate.count({ where: { userId: user.id } }),
    db.mfaDevice.count({ where: { userId: user.id } }),
    db.groupMembership.count({ where: { userId: user.id } }),
    db.policyAttachment.count({ where: { principalType: "user", principalId: user.id } }),
    db.inlinePolicy.count({ where: { ownerType: "user", ownerId: user.id } }),
    db.sshPublicKey.count({ where: { userId: user.id } }),
    db.serviceSpecificCredential.count({ where: { userId: user.id } }),
  ]);
  if (user.passwordHash) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete login profile first.");
  if (keys) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete access keys first.");
  // [INF] wording, after the access keys' text (AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html#id_users_deleting_cli).
  if (certificates) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete signing certificates first.");
  if (devices) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete MFA device first.");
  if (groups) throw new AwsError("DeleteConflict", "Cannot delete entity, must remove users from group first.");
  if (attached) throw new AwsError("DeleteConflict", "Cannot delete entity, must detach all policies first.");
  if (inline) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete policies first.");
  // AWS lists SSH public keys and service-specific credentials among what DeleteUser needs removed first
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html); the texts follow the others [INF].
  if (sshKeys) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete SSH public keys first.");
  if (serviceCredentials) throw new AwsError("DeleteConflict", "Cannot delete entity, must delete service specific credentials first.");
  // Tags go with the user (they are not a dependent AWS makes you remove first).
  await db.$transaction(async (tx) => {
    if (!(await deletePrincipal(tx, { type: "user", id: user.id }))) throw noSuchUser(userName);
  });
}
