// DeleteRole as the API does it (dependents block with DeleteConflict) and as the console does it
// (detach managed, delete inline, delete the same-name instance profile, then the role).
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { deleteInstanceProfileRow, deletePrincipal } from "../cascade";
import { assertModifiable, authorizedRole, noSuchRole, type RoleRow } from "./shape";

const MUST_DETACH = "Cannot delete entity, must detach all policies first.";
const MUST_DELETE_INLINE = "Cannot delete entity, must delete policies first.";
const MUST_REMOVE_PROFILE = "Cannot delete entity, must remove roles from instance profile first.";

/**
 * The role row and what hangs off it; sessions stay valid until expiry but lose their role. The
 * role was read before the transaction: a concurrent delete (or `sandbox:reset`) may have removed it.
 */
async function removeRole(tx: Tx, role: RoleRow): Promise<void> {
  if (!(await deletePrincipal(tx, { type: "role", id: role.id }))) throw noSuchRole(role.name);
}

export async function deleteRole(caller: Caller, roleName: string): Promise<void> {
  const role = await authorizedRole(caller, "iam:DeleteRole", roleName);
  assertModifiable(role);
  await db.$transaction(async (tx) => {
    const [attached, inline, profiles] = await Promise.all([
      tx.policyAttachment.count({ where: { principalType: "role", principalId: role.id } }),
      tx.inlinePolicy.count({ where: { ownerType: "role", ownerId: role.id } }),
      tx.instanceProfile.count({ where: { roleId: role.id } }),
    ]);
    if (attached) throw new AwsError("DeleteConflict", MUST_DETACH);
    if (inline) throw new AwsError("DeleteConflict", MUST_DELETE_INLINE);
    if (profiles) throw new AwsError("DeleteConflict", MUST_REMOVE_PROFILE);
    await removeRole(tx, role);
  });
}

export interface ConsoleDeleteResult {
  detachedPolicyArns: string[];
  deletedInlinePolicies: string[];
  deletedInstanceProfile?: string;
}

/**
 * The console's delete (console-spec §2.4). Each step is authorized as the API call the console
 * makes for it, all before anything is written, and the writes are one transaction.
 */
export async function deleteRoleForConsole(caller: Caller, roleName: string): Promise<ConsoleDeleteResult> {
  // DeleteRole is authorized first, so a caller who may not delete learns nothing of the role's
  // protection or dependents; the calls the cascade makes are authorized below, before any write.
  const role = await authorizedRole(caller, "iam:DeleteRole", roleName);
  assertModifiable(role);
  const [attachments, inline, profiles] = await Promise.all([
    db.policyAttachment.findMany({ where: { principalType: "role", principalId: role.id }, include: { policy: { select: { arn: true } } } }),
    db.inlinePolicy.findMany({ where: { ownerType: "role", ownerId: role.id }, select: { name: true } }),
    db.instanceProfile.findMany({ where: { roleId: role.id } }),
  ]);
  const foreign = profiles.filter((p) => p.nameLower !== role.nameLower);
  if (foreign.length) throw new AwsError("DeleteConflict", MUST_REMOVE_PROFILE);
  const sameName = profiles[0];

  for (const a of attachments) await authorize(caller, "iam:DetachRolePolicy", role.arn, { context: { "iam:PolicyARN": a.policy.arn } });
  if (inline.length) await authorize(caller, "iam:DeleteRolePolicy", role.arn);
  if (sameName) {
    await authorize(caller, "iam:RemoveRoleFromInstanceProfile", sameName.arn);
    await authorize(caller, "iam:DeleteInstanceProfile", sameName.arn);
  }

  await db.$transaction(async (tx) => {
    if (sameName) await deleteInstanceProfileRow(tx, sameName.id);
    await removeRole(tx, role);
  });
  return {
    detachedPolicyArns: attachments.map((a) => a.policy.arn),
    deletedInlinePolicies: inline.map((p) => p.name),
    ...(sameName ? { deletedInstanceProfile: sameName.name } : {}),
  };
}
