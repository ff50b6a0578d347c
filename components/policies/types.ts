// Wire shapes of the console policies API (dates arrive as ISO strings) and the URLs that carry a
// policy ARN as one percent-encoded segment.
import type { Wire } from "@/lib/api/wire";
import type { ConsolePolicyRow } from "@/lib/iam/console/policies-table";
import type { ConsolePolicyDetail } from "@/lib/iam/console/policy-detail";
export type { PolicyTypeFilter } from "@/lib/iam/console/policies-table";
export type { PolicyTypeLabel } from "@/lib/iam/policies/list";


export type PolicyRow = Wire<ConsolePolicyRow>;

export interface PoliciesPage {
  Policies: PolicyRow[];
  Total: number;
  Matches: number;
  Page: number;
  PageSize: number;
}

export type PolicyDetail = Wire<ConsolePolicyDetail>;

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

/** A policy chosen in the policy picker: what the wizard's review and the attach pages need of it. */
export interface PickedPolicy {
  arn: string;
  name: string;
  type: string;
}
