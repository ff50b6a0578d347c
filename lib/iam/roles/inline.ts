// Inline role policies: PutRolePolicy (create or replace), GetRolePolicy, DeleteRolePolicy,
// ListRolePolicies. The role's inline documents share one 10,240-character budget (no whitespace).
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { policySize } from "@/lib/policy";
import { checkName } from "../names";
import { QUOTAS } from "../quotas";
import { checkMaxItems, decodeMarker, page } from "./paging";
import { assertModifiable, authorizedRole } from "./shape";
import { parseOrThrow } from "./validate";

function noSuchRolePolicy(name: string): AwsError {
  return new AwsError("NoSuchEntity", `The role policy with name ${name} cannot be found.`);
}

function tooLarge(roleName: string): AwsError {
  return new AwsError("LimitExceeded", `Maximum policy size of ${QUOTAS.inlinePolicyBytesPerRole} bytes exceeded for role ${roleName}`);
}

export async function putRolePolicy(caller: Caller, roleName: string, policyName: string, policyDocument: string): Promise<void> {
  checkName("policyName", policyName, 128);
  const role = await authorizedRole(caller, "iam:PutRolePolicy", roleName);
  assertModifiable(role);
  parseOrThrow(policyDocument, "identity", { inline: { entity: "role", name: role.name }, maxSize: QUOTAS.inlinePolicyBytesPerRole });
  await db.$transaction(async (tx) => {
    await lockQuota(tx, `role:${role.id}`);
    const others = await tx.inlinePolicy.findMany({
      where: { ownerType: "role", ownerId: role.id, name: { not: policyName } },
      select: { document: true },
    });
    const total = others.reduce((n, p) => n + policySize(p.document), policySize(policyDocument));
    if (total > QUOTAS.inlinePolicyBytesPerRole) throw tooLarge(role.name);
    await tx.inlinePolicy.upsert({
      where: { ownerType_ownerId_name: { ownerType: "role", ownerId: role.id, name: policyName } },
      create: { ownerType: "role", ownerId: role.id, name: policyName, document: policyDocument },
      update: { document: policyDocument },
    });
  });
}

export async function getRolePolicy(
  caller: Caller,
  roleName: string,
  policyName: string,
): Promise<{ RoleName: string; PolicyName: string; PolicyDocument: string }> {
  const role = await authorizedRole(caller, "iam:GetRolePolicy", roleName);
  const p = await db.inlinePolicy.findUnique({ where: { ownerType_ownerId_name: { ownerType: "role", ownerId: role.id, name: policyName } } });
  if (!p) throw noSuchRolePolicy(policyName);
  return { RoleName: role.name, PolicyName: p.name, PolicyDocument: p.document };
}

export async function deleteRolePolicy(caller: Caller, roleName: string, policyName: string): Promise<void> {
  const role = await authorizedRole(caller, "iam:DeleteRolePolicy", roleName);
  assertModifiable(role);
  const removed = await db.inlinePolicy.deleteMany({ where: { ownerType: "role", ownerId: role.id, name: policyName } });
  if (removed.count === 0) throw noSuchRolePolicy(policyName);
}

export async function listRolePolicies(
  caller: Caller,
  roleName: string,
  input: { marker?: string; maxItems?: number } = {},
): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker);
  const role = await authorizedRole(caller, "iam:ListRolePolicies", roleName);
  const rows = await db.inlinePolicy.findMany({
    where: { ownerType: "role", ownerId: role.id, ...(after !== undefined ? { name: { gt: after } } : {}) },
    select: { name: true },
    orderBy: { name: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (r) => r.name);
  return { PolicyNames: items.map((r) => r.name), ...rest };
}
