// The console's policy page composed from the IAM verbs: the summary with the default version's JSON,
// the Entities attached tab (permissions-policy and permissions-boundary uses), "Save changes" (a new
// default version, optionally making room by dropping the oldest non-default one, as the console
// offers at the 5-version limit), and the console delete (non-default versions first, since
// DeletePolicy refuses a policy that still has them).
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { policyTypeLabel, type PolicyTypeLabel } from "@/lib/iam/policies/list";
import {
  createPolicyVersion,
  deletePolicy,
  deletePolicyVersion,
  findPolicyOrThrow,
  getPolicy,
  getPolicyVersion,
  listEntitiesForPolicy,
  listPolicyVersions,
  type PolicyEntities,
  type PolicyShape,
} from "@/lib/iam/policies";
import { authorizedPolicy } from "@/lib/iam/policies/lookup";
import { QUOTAS } from "@/lib/iam/quotas";
import { parseOrThrow } from "@/lib/iam/roles/validate";

export interface ConsolePolicyDetail {
  Policy: PolicyShape;
  Type: PolicyTypeLabel;
  /** The default version's document, as stored (pretty-printed JSON text). */
  Document: string;
}

export async function getPolicyForConsole(caller: Caller, policyArn: string): Promise<ConsolePolicyDetail> {
  const { Policy } = await getPolicy(caller, policyArn);
  const [row, version] = await Promise.all([
    findPolicyOrThrow(caller.accountId, Policy.Arn),
    getPolicyVersion(caller, Policy.Arn, Policy.DefaultVersionId),
  ]);
  return { Policy, Type: policyTypeLabel(row), Document: version.PolicyVersion.Document ?? "" };
}

export type EntityType = "User" | "Group" | "Role";
export interface AttachedEntity {
  Name: string;
  Type: EntityType;
}

function flatten(e: PolicyEntities): AttachedEntity[] {
  return [
    ...e.PolicyUsers.map((u) => ({ Name: u.UserName, Type: "User" as const })),
    ...e.PolicyGroups.map((g) => ({ Name: g.GroupName, Type: "Group" as const })),
    ...e.PolicyRoles.map((r) => ({ Name: r.RoleName, Type: "Role" as const })),
  ];
}

export async function listPolicyEntitiesForConsole(
  caller: Caller,
  policyArn: string,
): Promise<{ PermissionsPolicy: AttachedEntity[]; PermissionsBoundary: AttachedEntity[] }> {
  const [asPolicy, asBoundary] = await Promise.all([
    listEntitiesForPolicy(caller, policyArn, { policyUsageFilter: "PermissionsPolicy" }),
    listEntitiesForPolicy(caller, policyArn, { policyUsageFilter: "PermissionsBoundary" }),
  ]);
  return { PermissionsPolicy: flatten(asPolicy), PermissionsBoundary: flatten(asBoundary) };
}

export async function savePolicyChanges(
  caller: Caller,
  input: { policyArn: string; policyDocument: string; replaceOldestVersion?: boolean },
): Promise<{ VersionId: string; DeletedVersionId?: string }> {
  // Refuse a bad document before anything is removed, so a failed save loses no version.
  parseOrThrow(input.policyDocument, "identity", { maxSize: QUOTAS.managedPolicySize, managed: true });
  let deleted: string | undefined;
  if (input.replaceOldestVersion) {
    const { Versions } = await listPolicyVersions(caller, input.policyArn);
    if (Versions.length >= QUOTAS.policyVersions) {
      const oldest = Versions.filter((v) => !v.IsDefaultVersion).sort((a, b) => a.CreateDate.getTime() - b.CreateDate.getTime())[0];
      if (oldest) {
        await deletePolicyVersion(caller, input.policyArn, oldest.VersionId);
        deleted = oldest.VersionId;
      }
    }
  }
  const { PolicyVersion } = await createPolicyVersion(caller, { policyArn: input.policyArn, policyDocument: input.policyDocument, setAsDefault: true });
  return { VersionId: PolicyVersion.VersionId, ...(deleted ? { DeletedVersionId: deleted } : {}) };
}

export async function deletePolicyForConsole(caller: Caller, policyArn: string): Promise<void> {
  // DeletePolicy is authorized before the policy is read: a caller who may read but not delete (a
  // ReadOnlyAccess session) is refused with AccessDenied, never told of attachments (DeleteConflict).
  await authorizedPolicy(caller, "iam:DeletePolicy", policyArn);
  const { Policy } = await getPolicy(caller, policyArn);
  // Checked first: removing versions and then failing on the attachment would lose them for nothing.
  if (Policy.AttachmentCount + Policy.PermissionsBoundaryUsageCount > 0) {
    throw new AwsError("DeleteConflict", "Cannot delete a policy attached to entities.");
  }
  const { Versions } = await listPolicyVersions(caller, Policy.Arn);
  for (const v of Versions) if (!v.IsDefaultVersion) await deletePolicyVersion(caller, Policy.Arn, v.VersionId);
  await deletePolicy(caller, Policy.Arn);
}
