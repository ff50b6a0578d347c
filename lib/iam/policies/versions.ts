// CreatePolicyVersion, SetDefaultPolicyVersion, DeletePolicyVersion: at most five stored versions,
// exactly one of them the default.
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { QUOTAS } from "../quotas";
import { parseOrThrow } from "../roles/validate";
import { assertCustomerManaged, authorizedPolicy } from "./lookup";
import { checkVersionId, noSuchVersion, type PolicyVersionShape } from "./shape";
import { serverNow } from "@/lib/server-now";

const TOO_MANY_VERSIONS =
  "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.";

function versionNumber(versionId: string): number {
  return Number(/^v(\d+)/.exec(versionId)?.[1] ?? 0);
}

export async function createPolicyVersion(
  caller: Caller,
  input: { policyArn: string; policyDocument: string; setAsDefault?: boolean },
): Promise<{ PolicyVersion: PolicyVersionShape }> {
  const policy = await authorizedPolicy(caller, "iam:CreatePolicyVersion", input.policyArn);
  assertCustomerManaged(policy, caller.arn, "iam:CreatePolicyVersion");
  parseOrThrow(input.policyDocument, "identity", { maxSize: QUOTAS.managedPolicySize, managed: true });
  return db.$transaction(async (tx) => {
    // Also keeps two new versions from taking the same next id.
    await lockQuota(tx, `policy:${policy.id}`);
    const versions = await tx.policyVersion.findMany({ where: { policyId: policy.id }, select: { versionId: true } });
    if (versions.length >= QUOTAS.policyVersions) throw new AwsError("LimitExceeded", TOO_MANY_VERSIONS);
    // Version ids only grow: the next is one past the highest still stored.
    const versionId = `v${Math.max(0, ...versions.map((v) => versionNumber(v.versionId))) + 1}`;
    const now = serverNow();
    const isDefault = input.setAsDefault === true;
    if (isDefault) await tx.policyVersion.updateMany({ where: { policyId: policy.id }, data: { isDefault: false } });
    const v = await tx.policyVersion.create({ data: { policyId: policy.id, versionId, document: input.policyDocument, isDefault, createdAt: now } });
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { updatedAt: now, ...(isDefault ? { defaultVersionId: versionId } : {}) } });
    return { PolicyVersion: { VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createdAt } };
  });
}

export async function setDefaultPolicyVersion(caller: Caller, policyArn: string, versionId: string): Promise<void> {
  checkVersionId(versionId);
  const policy = await authorizedPolicy(caller, "iam:SetDefaultPolicyVersion", policyArn);
  assertCustomerManaged(policy, caller.arn, "iam:SetDefaultPolicyVersion");
  await db.$transaction(async (tx) => {
    const v = await tx.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId } } });
    if (!v) throw noSuchVersion(policy.arn, versionId);
    await tx.policyVersion.updateMany({ where: { policyId: policy.id }, data: { isDefault: false } });
    await tx.policyVersion.update({ where: { policyId_versionId: { policyId: policy.id, versionId } }, data: { isDefault: true } });
    await tx.managedPolicy.update({ where: { id: policy.id }, data: { defaultVersionId: versionId, updatedAt: serverNow() } });
  });
}

export async function deletePolicyVersion(caller: Caller, policyArn: string, versionId: string): Promise<void> {
  checkVersionId(versionId);
  const policy = await authorizedPolicy(caller, "iam:DeletePolicyVersion", policyArn);
  assertCustomerManaged(policy, caller.arn, "iam:DeletePolicyVersion");
  const v = await db.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId } } });
  if (!v) throw noSuchVersion(policy.arn, versionId);
  if (v.isDefault) throw new AwsError("DeleteConflict", "Cannot delete the default version of a policy.");
  await db.policyVersion.delete({ where: { policyId_versionId: { policyId: policy.id, versionId } } });
}
