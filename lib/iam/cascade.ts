// One cascade delete for principals. Attached managed policies, inline policies and tags are keyed
// by the principal's type and id rather than by foreign keys (one table serves users, groups and
// roles), so the database cannot cascade them: every delete of a user, group or role goes through
// here, inside the caller's transaction. Rows with real foreign keys (access keys, MFA devices,
// memberships; a role's instance profiles and sessions, which are detached) follow the schema.
import type { Tx } from "@/lib/db";
import type { Principal } from "./attachments";

/** Deletes the principal and what hangs off it; false when it was already gone (a concurrent delete). */
export async function deletePrincipal(tx: Tx, principal: Principal): Promise<boolean> {
  const { type, id } = principal;
  await tx.policyAttachment.deleteMany({ where: { principalType: type, principalId: id } });
  await tx.inlinePolicy.deleteMany({ where: { ownerType: type, ownerId: id } });
  await tx.tag.deleteMany({ where: { ownerType: type, ownerId: id } });
  const where = { where: { id } };
  const { count } =
    type === "user" ? await tx.user.deleteMany(where) : type === "group" ? await tx.group.deleteMany(where) : await tx.role.deleteMany(where);
  return count > 0;
}

/** An instance profile and its tags (the console deletes a role's same-name profile with the role). */
export async function deleteInstanceProfileRow(tx: Tx, profileId: string): Promise<void> {
  await tx.tag.deleteMany({ where: { ownerType: "instance-profile", ownerId: profileId } });
  await tx.instanceProfile.deleteMany({ where: { id: profileId } });
}
