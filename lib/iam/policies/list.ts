// Managed policies as the attach-policy picker sees them (ListPolicies with a server-side search over
// the full ~1,600-policy catalog), plus the attach/detach bookkeeping shared by users and groups.
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { pageOf, type PageRequest } from "@/lib/iam/pagination";
import { checkPolicyArn } from "./lookup";

export type PolicyScope = "All" | "AWS" | "Local";

export interface PolicyShape {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  IsAttachable: boolean;
  CreateDate: Date;
  UpdateDate: Date;
}

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

/** A policy the caller's account may attach: AWS managed, or customer managed in the same account. */
export async function findAttachablePolicy(accountId: string, policyArn: string) {
  checkPolicyArn(policyArn);
  const policy = await db.managedPolicy.findUnique({ where: { arn: policyArn } });
  if (!policy || (policy.accountId !== null && policy.accountId !== accountId)) {
    throw new AwsError("NoSuchEntity", `Policy ${policyArn} does not exist or is not attachable.`);
  }
  return policy;
}

export type PrincipalType = "user" | "group" | "role";

/** Attaching is idempotent in IAM; the quota counts distinct managed policies on the principal. */
/** Attaches one policy (idempotent, within the quota); in `tx` when it is part of a larger change. */
export async function attachManagedPolicy(
  principal: { type: PrincipalType; id: string },
  policyId: string,
  quota: { name: string; limit: number },
  tx?: Tx,
): Promise<void> {
  const attach = async (t: Tx) => {
    await lockQuota(t, `${principal.type}:${principal.id}`);
    const key = { policyId_principalType_principalId: { policyId, principalType: principal.type, principalId: principal.id } };
    if (await t.policyAttachment.findUnique({ where: key })) return;
    const count = await t.policyAttachment.count({ where: { principalType: principal.type, principalId: principal.id } });
    if (count >= quota.limit) throw new AwsError("LimitExceeded", `Cannot exceed quota for ${quota.name}: ${quota.limit}`);
    await t.policyAttachment.create({ data: { policyId, principalType: principal.type, principalId: principal.id } });
  };
  await (tx ? attach(tx) : db.$transaction(attach));
}

/**
 * The console's multi-select attach: every policy looked up first, then all attached in one
 * transaction, so an unknown ARN or a failure midway attaches none of them.
 */
export async function attachManagedPolicies(
  accountId: string,
  principal: { type: PrincipalType; id: string },
  policyArns: string[],
  quota: { name: string; limit: number },
): Promise<void> {
  const policies: { id: string }[] = [];
  for (const arn of policyArns) policies.push(await findAttachablePolicy(accountId, arn));
  await db.$transaction(async (tx) => {
    for (const policy of policies) await attachManagedPolicy(principal, policy.id, quota, tx);
  });
}

/** Refuses a selection that would take the principal past its managed-policy quota. */
export function checkSelectionQuota(current: AttachedPolicyShape[], adding: string[], quotaName: string, limit: number): void {
  const total = new Set([...current.map((a) => a.PolicyArn), ...adding]).size;
  if (total > limit) throw new AwsError("LimitExceeded", `Cannot exceed quota for ${quotaName}: ${limit}`);
}

export async function detachManagedPolicy(principal: { type: PrincipalType; id: string }, policyArn: string): Promise<void> {
  const policy = await db.managedPolicy.findUnique({ where: { arn: policyArn } });
  const removed = policy
    ? await db.policyAttachment.deleteMany({ where: { policyId: policy.id, principalType: principal.type, principalId: principal.id } })
    : { count: 0 };
  if (removed.count === 0) throw new AwsError("NoSuchEntity", `Policy ${policyArn} was not found.`);
}

export async function listAttachedManaged(principal: { type: PrincipalType; id: string }): Promise<AttachedPolicyShape[]> {
  const rows = await db.policyAttachment.findMany({
    where: { principalType: principal.type, principalId: principal.id },
    include: { policy: { select: { name: true, arn: true, nameLower: true } } },
  });
  return rows
    .sort((a, b) => a.policy.nameLower.localeCompare(b.policy.nameLower))
    .map((r) => ({ PolicyName: r.policy.name, PolicyArn: r.policy.arn }));
}

/** A managed policy's path, read off its ARN: arn:aws:iam::aws:policy/job-function/X → /job-function/. */
function policyPath(arn: string): string {
  const resource = arn.slice(arn.indexOf(":policy/") + ":policy".length);
  return resource.slice(0, resource.lastIndexOf("/") + 1);
}

export interface AttachedPolicyPage {
  AttachedPolicies: AttachedPolicyShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * ListAttached{User,Group}Policies: the principal's policies under `pathPrefix`, sorted by policy name
 * (then ARN: an AWS managed and a customer managed policy may share a name), one page of them.
 */
export async function attachedPage(principal: { type: PrincipalType; id: string }, pathPrefix: string | undefined, paging: PageRequest): Promise<AttachedPolicyPage> {
  const prefix = pathPrefix ?? "/";
  const attached = (await listAttachedManaged(principal)).filter((a) => policyPath(a.PolicyArn).startsWith(prefix));
  const { items, ...rest } = pageOf(attached, (a) => `${a.PolicyName.toLowerCase()} ${a.PolicyArn}`, paging);
  return { AttachedPolicies: items, ...rest };
}

export function policyTypeLabel(p: { awsManaged: boolean; jobFunction: boolean }): PolicyTypeLabel {
  if (!p.awsManaged) return "Customer managed";
  return p.jobFunction ? "AWS managed - job function" : "AWS managed";
}

/**
 * The console's extra columns (Type, Attached entities) for policies the caller already listed;
 * no further authorization, since it reveals nothing beyond the attached ARNs themselves.
 */
export async function describeAttached(attached: AttachedPolicyShape[]): Promise<AttachedPolicyDetail[]> {
  if (attached.length === 0) return [];
  const rows = await db.managedPolicy.findMany({
    where: { arn: { in: attached.map((a) => a.PolicyArn) } },
    include: { _count: { select: { attachments: true } } },
  });
  const byArn = new Map(rows.map((r) => [r.arn, r]));
  return attached.map((a) => {
    const r = byArn.get(a.PolicyArn);
    return {
      ...a,
      Type: r ? policyTypeLabel(r) : "Customer managed",
      AttachmentCount: r?._count.attachments ?? 0,
    };
  });
}
