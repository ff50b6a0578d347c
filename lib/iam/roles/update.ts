// UpdateRole, UpdateRoleDescription and UpdateAssumeRolePolicy. Only the description of a
// service-linked role may change; anything else on a protected role is UnmodifiableEntity.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { resolveTrustPrincipals } from "../trust-principals";
import { fullRoleShape } from "./read";
import { assertModifiable, authorizedRole, type RoleShape } from "./shape";
import { checkDescription, checkMaxSessionDuration, parseTrustPolicy } from "./validate";

export async function updateRole(
  caller: Caller,
  input: { roleName: string; description?: string; maxSessionDuration?: number },
): Promise<void> {
  checkDescription(input.description);
  checkMaxSessionDuration(input.maxSessionDuration);
  const role = await authorizedRole(caller, "iam:UpdateRole", input.roleName);
  assertModifiable(role);
  // Existing sessions keep the duration they were issued with; only new ones see the change.
  await db.role.update({
    where: { id: role.id },
    data: {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.maxSessionDuration !== undefined ? { maxSessionDuration: input.maxSessionDuration } : {}),
    },
  });
}

export async function updateRoleDescription(caller: Caller, roleName: string, description: string): Promise<{ Role: RoleShape }> {
  checkDescription(description);
  const role = await authorizedRole(caller, "iam:UpdateRoleDescription", roleName);
  const updated = await db.role.update({ where: { id: role.id }, data: { description } });
  return { Role: await fullRoleShape(updated) };
}

/** Re-resolves the principals, so a re-created user is trusted again once the policy is re-saved. */
export async function updateAssumeRolePolicy(caller: Caller, roleName: string, policyDocument: string): Promise<void> {
  const role = await authorizedRole(caller, "iam:UpdateAssumeRolePolicy", roleName);
  assertModifiable(role);
  const trust = parseTrustPolicy(policyDocument);
  await db.$transaction(async (tx) => {
    const principalIds = await resolveTrustPrincipals(trust, caller.accountId, tx);
    await tx.role.update({ where: { id: role.id }, data: { trustPolicy: policyDocument, trustPrincipalIds: JSON.stringify(principalIds) } });
  });
}
