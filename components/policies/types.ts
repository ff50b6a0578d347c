// Wire shapes of the console policies API (dates arrive as ISO strings) and the URLs that carry a
// policy ARN as one percent-encoded segment.
export type PolicyTypeFilter = "All" | "AWS" | "Local" | "JobFunction";
export type PolicyTypeLabel = "AWS managed" | "AWS managed - job function" | "Customer managed";

export interface PolicyRow {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Type: PolicyTypeLabel;
  Description: string;
  PermissionsPolicyCount: number;
  PermissionsBoundaryCount: number;
  CreateDate: string;
  UpdateDate: string;
}

export interface PoliciesPage {
  Policies: PolicyRow[];
  Total: number;
  Matches: number;
  Page: number;
  PageSize: number;
}

export interface PolicyDetail {
  Policy: {
    PolicyName: string;
    PolicyId: string;
    Arn: string;
    Path: string;
    DefaultVersionId: string;
    AttachmentCount: number;
    PermissionsBoundaryUsageCount: number;
    Description?: string;
    CreateDate: string;
    UpdateDate: string;
  };
  Type: PolicyTypeLabel;
  Document: string;
}

export interface PolicyVersion {
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: string;
  Document?: string;
}

export interface AttachedEntity {
  Name: string;
  Type: "User" | "Group" | "Role";
}

/** An entity's row key, e.g. "User:alice" (checkbox names in the entity tables read "Select User:alice"). */
export const entityKey = (e: AttachedEntity) => `${e.Type}:${e.Name}`;

export interface PolicyEntities {
  PermissionsPolicy: AttachedEntity[];
  PermissionsBoundary: AttachedEntity[];
}

/** At most five versions are stored per managed policy (IAM quota). */
export const MAX_POLICY_VERSIONS = 5;

export const policyApiPath = (arn: string) => `/api/console/policies/${encodeURIComponent(arn)}`;
export const policyPagePath = (arn: string) => `/iam/policies/details/${encodeURIComponent(arn)}`;

/** "Permissions policy (2), Permissions boundary (1)" / "Not used" — the list's Used as column. */
export function usedAs(row: Pick<PolicyRow, "PermissionsPolicyCount" | "PermissionsBoundaryCount">): string {
  const parts: string[] = [];
  if (row.PermissionsPolicyCount > 0) parts.push(`Permissions policy (${row.PermissionsPolicyCount})`);
  if (row.PermissionsBoundaryCount > 0) parts.push(`Permissions boundary (${row.PermissionsBoundaryCount})`);
  return parts.length ? parts.join(", ") : "Not used";
}
