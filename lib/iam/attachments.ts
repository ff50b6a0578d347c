// Managed policies attached to a principal (user, group or role): attach within the principal's quota
// (idempotent, as in IAM), detach, list, and the console's extra columns. The per-principal files
// (users/attached.ts, groups/attached.ts, roles/attached.ts) authorize and then call these.
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { pageOf, type PageRequest } from "@/lib/iam/pagination";
import { findAttachableOrThrow } from "@/lib/iam/policies/lookup";
import { policyTypeLabel, type AttachedPolicyDetail, type AttachedPolicyShape } from "@/lib/iam/policies/list";
import { quotaMessage } from "@/lib/iam/quotas";

export type PrincipalType = "user" | "group" | "role";
export interface Principal {
  type: PrincipalType;
  id: string;
}

/** Attaches one policy (idempotent, within the quota); in `tx` when it is part of a larger change. */
export async function attachManagedPolicy(
  principal: Principal,
  policyId: string,
  quota: { name: string; limit: number },
  tx?: Tx,
): Promise<void> {
  const attach = async (t: Tx) => {
    await lockQuota(t, `${principal.type}:${principal.id}`);
    const key = { policyId_principalType_principalId: { policyId, principalType: principal.type, principalId: principal.id } };
    if (await t.policyAttachment.findUnique({ where: key })) return;
    const count = await t.policyAttachment.count({ where: { principalType: principal.type, principalId: principal.id } });
    if (count >= quota.limit) throw new AwsError("LimitExceeded", quotaMessage(quota.name, quota.limit));
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
  principal: Principal,
  policyArns: string[],
  quota: { name: string; limit: number },
): Promise<void> {
  const policies: { id: string }[] = [];
  for (const arn of policyArns) policies.push(await findAttachableOrThrow(accountId, arn));
  await db.$transaction(async (tx) => {
    for (const policy of policies) await attachManagedPolicy(principal, policy.id, quota, tx);
  });
}

/** Refuses a selection that would take the principal past its managed-policy quota. */
export function checkSelectionQuota(current: AttachedPolicyShape[], adding: string[], quotaName: string, limit: number): void {
  const total = new Set([...current.map((a) => a.PolicyArn), ...adding]).size;
  if (total > limit) throw new AwsError("LimitExceeded", quotaMessage(quotaName, limit));
}

export async function detachManagedPolicy(principal: Principal, policyArn: string): Promise<void> {
  const policy = await db.managedPolicy.findUnique({ where: { arn: policyArn } });
  const removed = policy
    ? await db.policyAttachment.deleteMany({ where: { policyId: policy.id, principalType: principal.type, principalId: principal.id } })
    : { count: 0 };
  if (removed.count === 0) throw new AwsError("NoSuchEntity", `Policy ${policyArn} was not found.`);
}

export async function listAttachedManaged(principal: Principal): Promise<AttachedPolicyShape[]> {
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
export async function attachedPage(principal: Principal, pathPrefix: string | undefined, paging: PageRequest): Promise<AttachedPolicyPage> {
  const prefix = pathPrefix ?? "/";
  const attached = (await listAttachedManaged(principal)).filter((a) => policyPath(a.PolicyArn).startsWith(prefix));
  const { items, ...rest } = pageOf(attached, (a) => `${a.PolicyName.toLowerCase()} ${a.PolicyArn}`, paging);
  return { AttachedPolicies: items, ...rest };
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
