// Inline policies embedded in a user or a group, once for both: Put (create or replace), Get,
// Delete, List. Documents are validated as identity policies; an owner's inline documents share one
// size budget, whitespace not counted (users 2,048, groups 5,120: reference_iam-quotas).
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { parsePolicy, policySize, sizeError } from "@/lib/policy";
import { checkName } from "./names";
import { pageOf, type PageRequest } from "./pagination";

export interface InlineOwner {
  type: "user" | "group";
  id: string;
  name: string;
}

export function checkPolicyName(name: string): void {
  checkName("policyName", name, 128);
}

const key = (owner: InlineOwner, name: string) => ({ ownerType_ownerId_name: { ownerType: owner.type, ownerId: owner.id, name } });

/** "The user policy with name X cannot be found." / "The group policy …" */
const noSuchInline = (owner: InlineOwner, name: string) => new AwsError("NoSuchEntity", `The ${owner.type} policy with name ${name} cannot be found.`);

export async function putInline(owner: InlineOwner, policyName: string, document: string): Promise<void> {
  const inline = { entity: owner.type, name: owner.name };
  const parsed = parsePolicy(document, "identity", { inline });
  if (!parsed.ok) throw new AwsError(parsed.error.code, parsed.error.message);
  await db.$transaction(async (tx) => {
    await lockQuota(tx, `${owner.type}:${owner.id}`);
    const others = await tx.inlinePolicy.findMany({ where: { ownerType: owner.type, ownerId: owner.id, NOT: { name: policyName } }, select: { document: true } });
    const total = others.reduce((n, p) => n + policySize(p.document), policySize(document));
    const tooBig = sizeError(total, "identity", { inline });
    if (tooBig) throw new AwsError(tooBig.code, tooBig.message);
    await tx.inlinePolicy.upsert({
      where: key(owner, policyName),
      create: { ownerType: owner.type, ownerId: owner.id, name: policyName, document },
      update: { document },
    });
  });
}

export async function getInline(owner: InlineOwner, policyName: string): Promise<{ PolicyName: string; PolicyDocument: string }> {
  const p = await db.inlinePolicy.findUnique({ where: key(owner, policyName) });
  if (!p) throw noSuchInline(owner, policyName);
  return { PolicyName: p.name, PolicyDocument: p.document };
}

export async function deleteInline(owner: InlineOwner, policyName: string): Promise<void> {
  const gone = await db.inlinePolicy.deleteMany({ where: { ownerType: owner.type, ownerId: owner.id, name: policyName } });
  if (gone.count === 0) throw noSuchInline(owner, policyName);
}

export async function inlinePage(owner: InlineOwner, paging: PageRequest): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
  const rows = await db.inlinePolicy.findMany({ where: { ownerType: owner.type, ownerId: owner.id }, select: { name: true } });
  const { items, ...rest } = pageOf(rows, (r) => r.name, paging);
  return { PolicyNames: items.map((r) => r.name), ...rest };
}
