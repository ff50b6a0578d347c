// PutRolePermissionsBoundary / DeleteRolePermissionsBoundary, authorized with the
// iam:PermissionsBoundary context key so admins can require a specific boundary.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { checkPolicyArn, findBoundaryOrThrow } from "../policies/lookup";
import { assertModifiable, authorizedRole } from "./shape";

export async function putRolePermissionsBoundary(caller: Caller, roleName: string, permissionsBoundary: string): Promise<void> {
  checkPolicyArn(permissionsBoundary);
  const role = await authorizedRole(caller, "iam:PutRolePermissionsBoundary", roleName, { context: { "iam:PermissionsBoundary": permissionsBoundary } });
  assertModifiable(role);
  const policy = await findBoundaryOrThrow(caller.accountId, permissionsBoundary);
  if (policy.path.startsWith("/aws-service-role/")) {
    throw new AwsError("PolicyNotAttachable", "Cannot attach a Service Role Policy to a Customer Role.");
  }
  await db.role.update({ where: { id: role.id }, data: { permissionsBoundary: policy.arn } });
}

export async function deleteRolePermissionsBoundary(caller: Caller, roleName: string): Promise<void> {
  const role = await authorizedRole(caller, "iam:DeleteRolePermissionsBoundary", roleName, (row) => ({
    context: row?.permissionsBoundary ? { "iam:PermissionsBoundary": row.permissionsBoundary } : {},
  }));
  assertModifiable(role);
  await db.role.update({ where: { id: role.id }, data: { permissionsBoundary: null } });
}
