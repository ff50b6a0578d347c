// The console's Policies table (IAM > Policies): a server-side Type filter and name search over the
// whole catalog (~1,600 AWS managed policies plus the account's own), page-numbered, with the total
// for "Policies (N)", the match count for "N matches", and the "Used as" column — a fixed number of
// indexed queries per page, however large the catalog.
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { validationError } from "@/lib/errors";
import { policyTypeLabel, type PolicyTypeLabel } from "@/lib/iam/policies/list";

/** The console's "Filter by Type" values; "AWS" excludes the job-function policies, as the Type column does. */
export type PolicyTypeFilter = "All" | "AWS" | "Local" | "JobFunction";

export interface ConsolePolicyRow {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Type: PolicyTypeLabel;
  Description: string;
  /** Users, groups and roles that have it attached as a permissions policy. */
  PermissionsPolicyCount: number;
  /** Users and roles that use it as their permissions boundary. */
  PermissionsBoundaryCount: number;
  CreateDate: Date;
  UpdateDate: Date;
}

export interface ConsolePoliciesPage {
  Policies: ConsolePolicyRow[];
  /** Every policy visible to the account, for the header "Policies (N)". */
  Total: number;
  /** Policies matching the filter and search, for "N matches" and the page count. */
  Matches: number;
  Page: number;
  PageSize: number;
}

/** The Policies table's sortable columns ("Used as" is counted per page from attachments: not sortable). */
export const POLICY_SORT_FIELDS = ["PolicyName", "Type", "Description"] as const;
export type PolicySortField = (typeof POLICY_SORT_FIELDS)[number];

export interface ConsolePoliciesInput {
  type?: PolicyTypeFilter;
  search?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /** Policy name ascending by default. */
  sort?: PolicySortField;
  descending?: boolean;
}

/**
 * The ORDER BY of a sort, name then id breaking ties. Type sorts by its label: "AWS managed" (no
 * account, not a job function) < "AWS managed - job function" < "Customer managed" (the account's).
 */
export function policyOrderBy(sort: PolicySortField = "PolicyName", descending = false) {
  const dir = descending ? ("desc" as const) : ("asc" as const);
  const tieBreak = [{ nameLower: dir }, { id: dir }];
  switch (sort) {
    case "PolicyName":
      return tieBreak;
    case "Type":
      return [{ accountId: { sort: dir, nulls: descending ? ("last" as const) : ("first" as const) } }, { jobFunction: dir }, ...tieBreak];
    case "Description":
      return [{ description: dir }, ...tieBreak];
  }
}

function typeWhere(accountId: string, type: PolicyTypeFilter) {
  switch (type) {
    case "AWS":
      return { accountId: null, jobFunction: false };
    case "JobFunction":
      return { accountId: null, jobFunction: true };
    case "Local":
      return { accountId };
    case "All":
      // Another account's customer managed policies are never visible.
      return { OR: [{ accountId: null }, { accountId }] };
  }
}

/** "Permissions policy (2), Permissions boundary (1)" / "Not used". */
export function usedAsLabel(row: Pick<ConsolePolicyRow, "PermissionsPolicyCount" | "PermissionsBoundaryCount">): string {
  const parts: string[] = [];
  if (row.PermissionsPolicyCount > 0) parts.push(`Permissions policy (${row.PermissionsPolicyCount})`);
  if (row.PermissionsBoundaryCount > 0) parts.push(`Permissions boundary (${row.PermissionsBoundaryCount})`);
  return parts.length ? parts.join(", ") : "Not used";
}

function bump(counts: Map<string, number>, key: string, by = 1) {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * Attachments by principals of this account only: an AWS managed policy is shared by every account,
 * and another account's usage must neither show nor leak.
 */
async function attachmentCounts(accountId: string, policyIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (policyIds.length === 0) return counts;
  const rows = await db.policyAttachment.findMany({ where: { policyId: { in: policyIds } }, select: { policyId: true, principalType: true, principalId: true } });
  const ids = (type: string) => rows.filter((r) => r.principalType === type).map((r) => r.principalId);
  const mine = { accountId };
  const [users, groups, roles] = await Promise.all([
    db.user.findMany({ where: { ...mine, id: { in: ids("user") } }, select: { id: true } }),
    db.group.findMany({ where: { ...mine, id: { in: ids("group") } }, select: { id: true } }),
    db.role.findMany({ where: { ...mine, id: { in: ids("role") } }, select: { id: true } }),
  ]);
  const own = new Set([...users, ...groups, ...roles].map((p) => p.id));
  for (const r of rows) if (own.has(r.principalId)) bump(counts, r.policyId);
  return counts;
}

async function boundaryCounts(accountId: string, arns: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (arns.length === 0) return counts;
  const where = { accountId, permissionsBoundary: { in: arns } };
  const [users, roles] = await Promise.all([
    db.user.groupBy({ by: ["permissionsBoundary"], where, _count: { _all: true } }),
    db.role.groupBy({ by: ["permissionsBoundary"], where, _count: { _all: true } }),
  ]);
  for (const g of [...users, ...roles]) {
    if (g.permissionsBoundary) bump(counts, g.permissionsBoundary, g._count._all);
  }
  return counts;
}

export async function listPoliciesForConsole(caller: Caller, input: ConsolePoliciesInput = {}): Promise<ConsolePoliciesPage> {
  const pageSize = input.pageSize ?? 25;
  const pageNo = input.page ?? 1;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw validationError("pageSize", String(pageSize), "Member must have value between 1 and 1000");
  }
  if (!Number.isInteger(pageNo) || pageNo < 1) throw validationError("page", String(pageNo), "Member must have value greater than or equal to 1");
  await authorize(caller, "iam:ListPolicies", `arn:aws:iam::${caller.accountId}:policy/`);

  const search = input.search?.trim().toLowerCase();
  const where = {
    AND: [typeWhere(caller.accountId, input.type ?? "All"), search ? { nameLower: { contains: search } } : {}],
  };
  const [total, matches, rows] = await db.$transaction([
    db.managedPolicy.count({ where: typeWhere(caller.accountId, "All") }),
    db.managedPolicy.count({ where }),
    db.managedPolicy.findMany({
      where,
      orderBy: policyOrderBy(input.sort, input.descending),
      skip: (pageNo - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const [attached, boundaries] = await Promise.all([
    attachmentCounts(caller.accountId, rows.map((r) => r.id)),
    boundaryCounts(caller.accountId, rows.map((r) => r.arn)),
  ]);
  return {
    Policies: rows.map((p) => ({
      PolicyName: p.name,
      PolicyId: p.id,
      Arn: p.arn,
      Type: policyTypeLabel(p),
      Description: p.description,
      PermissionsPolicyCount: attached.get(p.id) ?? 0,
      PermissionsBoundaryCount: boundaries.get(p.arn) ?? 0,
      CreateDate: p.createdAt,
      UpdateDate: p.updatedAt,
    })),
    Total: total,
    Matches: matches,
    Page: pageNo,
    PageSize: pageSize,
  };
}
