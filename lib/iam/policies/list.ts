// Managed policies as the attach-policy picker sees them (ListPolicies with a server-side search over
// the full ~1,600-policy catalog); attaching them to principals is lib/iam/attachments.ts.
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { validationError } from "@/lib/errors";
import type { PolicyShape as ManagedPolicyShape } from "./shape";

export type PolicyScope = "All" | "AWS" | "Local";

/** A ListPolicies entry: the Policy object without the boundary use count, description and tags. */
export type PolicyShape = Omit<ManagedPolicyShape, "PermissionsBoundaryUsageCount" | "Description" | "Tags">;

export interface AttachedPolicyShape {
  PolicyName: string;
  PolicyArn: string;
}

/** The console's "Type" column. */
export type PolicyTypeLabel = "AWS managed" | "AWS managed - job function" | "Customer managed";

export interface AttachedPolicyDetail extends AttachedPolicyShape {
  Type: PolicyTypeLabel;
  AttachmentCount: number;
}

export interface ListPoliciesInput {
  scope?: PolicyScope;
  search?: string;
  marker?: string;
  maxItems?: number;
  onlyAttached?: boolean;
}

// AWS's MaxItems range for List* calls; 100 is its default page.
const MAX_ITEMS_LIMIT = 1000;
const DEFAULT_MAX_ITEMS = 100;

function parseMarker(marker: string | undefined): number {
  if (marker === undefined || marker === "") return 0;
  const n = /^\d+$/.test(marker) ? Number(marker) : NaN;
  if (!Number.isSafeInteger(n)) throw validationError("marker", marker, "Member must be a marker returned by a previous call");
  return n;
}

function scopeWhere(accountId: string, scope: PolicyScope) {
  if (scope === "AWS") return { accountId: null };
  if (scope === "Local") return { accountId };
  // Another account's customer-managed policies are never visible.
  return { OR: [{ accountId: null }, { accountId }] };
}

export async function listPolicies(
  caller: Caller,
  input: ListPoliciesInput = {},
): Promise<{ Policies: PolicyShape[]; IsTruncated: boolean; Marker?: string }> {
  await authorize(caller, "iam:ListPolicies", `arn:aws:iam::${caller.accountId}:policy/`);
  const scope = input.scope ?? "All";
  const maxItems = input.maxItems ?? DEFAULT_MAX_ITEMS;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) {
    throw validationError("maxItems", String(maxItems), `Member must have value less than or equal to ${MAX_ITEMS_LIMIT}`);
  }
  const offset = parseMarker(input.marker);
  const search = input.search?.trim().toLowerCase();
  const where = {
    AND: [
      scopeWhere(caller.accountId, scope),
      search ? { nameLower: { contains: search } } : {},
      input.onlyAttached ? { attachments: { some: {} } } : {},
    ],
  };
  // One extra row tells us whether another page exists without a COUNT over the catalog.
  const rows = await db.managedPolicy.findMany({
    where,
    orderBy: [{ nameLower: "asc" }, { id: "asc" }],
    skip: offset,
    take: maxItems + 1,
    include: { _count: { select: { attachments: true } } },
  });
  const page = rows.slice(0, maxItems);
  const truncated = rows.length > maxItems;
  return {
    Policies: page.map((p) => ({
      PolicyName: p.name,
      PolicyId: p.id,
      Arn: p.arn,
      Path: p.path,
      DefaultVersionId: p.defaultVersionId,
      AttachmentCount: p._count.attachments,
      IsAttachable: true,
      CreateDate: p.createdAt,
      UpdateDate: p.updatedAt,
    })),
    IsTruncated: truncated,
    ...(truncated ? { Marker: String(offset + maxItems) } : {}),
  };
}

export function policyTypeLabel(p: { awsManaged: boolean; jobFunction: boolean }): PolicyTypeLabel {
  if (!p.awsManaged) return "Customer managed";
  return p.jobFunction ? "AWS managed - job function" : "AWS managed";
}
