// DeletePolicy: refused while attached or used as a boundary, or while non-default versions remain.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { assertCustomerManaged, authorizedPolicy } from "./lookup";

export async function deletePolicy(caller: Caller, policyArn: string): Promise<void> {
  const policy = await authorizedPolicy(caller, "iam:DeletePolicy", policyArn);
  assertCustomerManaged(policy, caller.arn, "iam:DeletePolicy");
  await db.$transaction(async (tx) => {
    const [attached, roleBoundaries, userBoundaries, versions] = await Promise.all([
      tx.policyAttachment.count({ where: { policyId: policy.id } }),
      tx.role.count({ where: { permissionsBoundary: policy.arn } }),
      tx.user.count({ where: { permissionsBoundary: policy.arn } }),
      tx.policyVersion.count({ where: { policyId: policy.id } }),
    ]);
    if (attached + roleBoundaries + userBoundaries > 0) throw new AwsError("DeleteConflict", "Cannot delete a policy attached to entities.");
    if (versions > 1) {
      throw new AwsError(
        "DeleteConflict",
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    }
    await tx.tag.deleteMany({ where: { ownerType: "policy", ownerId: policy.id } });
    await tx.managedPolicy.delete({ where: { id: policy.id } });
  });
}
