// UpdateUser (new name and/or path) and a user's permissions boundary
// (PutUserPermissionsBoundary / DeleteUserPermissionsBoundary, authorized with the
// iam:PermissionsBoundary context key so admins can require a specific boundary).
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { checkName, checkPath } from "@/lib/iam/names";
import { authorizeRename } from "@/lib/iam/rename";
import { checkPolicyArn, findBoundaryOrThrow } from "@/lib/iam/policies/lookup";
import { uniqueOr } from "@/lib/iam/roles/unique";
import { authorizedUser, findUser, noSuchUser, userExists } from "./crud";

/** UpdateUser: a new name and/or path, authorized under both (see ./rename). Keys, groups, policies and tags stay with the user. */
export async function updateUser(caller: Caller, input: { userName: string; newUserName?: string; newPath?: string }): Promise<void> {
  if (input.newUserName !== undefined) checkName("newUserName", input.newUserName);
  if (input.newPath !== undefined) checkPath(input.newPath);
  const { row, target } = await authorizeRename(caller, "iam:UpdateUser", "user", await findUser(caller.accountId, input.userName), {
    name: input.userName,
    newName: input.newUserName,
    newPath: input.newPath,
    notFound: () => noSuchUser(input.userName),
  });
  await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `account:${caller.accountId}:users`);
      const clash = await tx.user.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower: target.nameLower } } });
      if (clash && clash.id !== row.id) throw userExists(target.name);
      const { count } = await tx.user.updateMany({ where: { id: row.id }, data: target });
      if (count === 0) throw noSuchUser(input.userName);
    }),
    () => userExists(target.name),
  );
}

export async function putUserPermissionsBoundary(caller: Caller, userName: string, permissionsBoundary: string): Promise<void> {
  checkPolicyArn(permissionsBoundary);
  const user = await authorizedUser(caller, "iam:PutUserPermissionsBoundary", userName, { context: { "iam:PermissionsBoundary": permissionsBoundary } });
  const policy = await findBoundaryOrThrow(caller.accountId, permissionsBoundary);
  await db.user.update({ where: { id: user.id }, data: { permissionsBoundary: policy.arn } });
}

export async function deleteUserPermissionsBoundary(caller: Caller, userName: string): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteUserPermissionsBoundary", userName, (row) => ({
    context: row?.permissionsBoundary ? { "iam:PermissionsBoundary": row.permissionsBoundary } : {},
  }));
  await db.user.update({ where: { id: user.id }, data: { permissionsBoundary: null } });
}
