// The IAM API's Policy and PolicyVersion objects. Documents are plain JSON text here; the wire
// layer URL-encodes them, as IAM does.
import { db, type Tx } from "@/lib/db";
import { AwsError, validationError } from "@/lib/errors";
import type { Tag } from "../tags";
import type { ManagedPolicy } from "./lookup";

export interface PolicyShape {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: Date;
  UpdateDate: Date;
  Tags?: Tag[];
}

export interface PolicyVersionShape {
  Document?: string;
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: Date;
}

/** Attachments and boundary uses in the caller's account (an AWS managed policy is shared by all). */
export async function usageCounts(policy: ManagedPolicy, accountId: string, tx: Tx = db): Promise<{ attachments: number; boundaries: number }> {
  const [attachments, roles, users] = await Promise.all([
    tx.policyAttachment.findMany({ where: { policyId: policy.id }, select: { principalType: true, principalId: true } }),
    tx.role.count({ where: { accountId, permissionsBoundary: policy.arn } }),
    tx.user.count({ where: { accountId, permissionsBoundary: policy.arn } }),
  ]);
  if (policy.accountId !== null) return { attachments: attachments.length, boundaries: roles + users };
  // Shared AWS managed rows: count only principals of this account.
  const ids = (type: string) => attachments.filter((a) => a.principalType === type).map((a) => a.principalId);
  const [u, g, r] = await Promise.all([
    tx.user.count({ where: { accountId, id: { in: ids("user") } } }),
    tx.group.count({ where: { accountId, id: { in: ids("group") } } }),
    tx.role.count({ where: { accountId, id: { in: ids("role") } } }),
  ]);
  return { attachments: u + g + r, boundaries: roles + users };
}

export function policyShape(policy: ManagedPolicy, counts: { attachments: number; boundaries: number }, tags: Tag[] = []): PolicyShape {
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: counts.attachments,
    PermissionsBoundaryUsageCount: counts.boundaries,
    IsAttachable: true,
    ...(policy.description ? { Description: policy.description } : {}),
    CreateDate: policy.createdAt,
    UpdateDate: policy.updatedAt,
    ...(tags.length ? { Tags: tags } : {}),
  };
}

const VERSION_ID = /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/;

export function checkVersionId(versionId: string): void {
  if (!VERSION_ID.test(versionId)) {
    throw validationError("versionId", versionId, "Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
  }
}

export function noSuchVersion(arn: string, versionId: string): AwsError {
  return new AwsError("NoSuchEntity", `Policy ${arn} version ${versionId} does not exist.`);
}
