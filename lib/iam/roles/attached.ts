// AttachRolePolicy, DetachRolePolicy, ListAttachedRolePolicies. The resource is the role; the
// policy ARN travels as iam:PolicyARN so policies can restrict which policies may be attached.
import { startsWithExactly } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { checkPath } from "../names";
import { checkPolicyArn, findAttachableOrThrow } from "../policies/lookup";
import { attachManagedPolicy, detachManagedPolicy } from "../attachments";
import { QUOTAS } from "../quotas";
import { checkMaxItems, decodeMarker, page } from "./paging";
import { assertModifiable, authorizedRole } from "./shape";

export interface AttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
}

export async function attachRolePolicy(caller: Caller, roleName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const role = await authorizedRole(caller, "iam:AttachRolePolicy", roleName, { context: { "iam:PolicyARN": policyArn } });
  assertModifiable(role);
  const policy = await findAttachableOrThrow(caller.accountId, policyArn);
  if (policy.path.startsWith("/aws-service-role/")) {
    throw new AwsError("PolicyNotAttachable", "Cannot attach a Service Role Policy to a Customer Role.");
  }
  await attachManagedPolicy({ type: "role", id: role.id }, policy.id, { name: "PoliciesPerRole", limit: QUOTAS.policiesPerRole });
}

export async function detachRolePolicy(caller: Caller, roleName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const role = await authorizedRole(caller, "iam:DetachRolePolicy", roleName, { context: { "iam:PolicyARN": policyArn } });
  assertModifiable(role);
  await detachManagedPolicy({ type: "role", id: role.id }, policyArn);
}

export async function listAttachedRolePolicies(
  caller: Caller,
  roleName: string,
  input: { pathPrefix?: string; marker?: string; maxItems?: number } = {},
): Promise<{ AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }> {
  if (input.pathPrefix !== undefined) checkPath(input.pathPrefix);
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker);
  const role = await authorizedRole(caller, "iam:ListAttachedRolePolicies", roleName);
  const rows = await db.policyAttachment.findMany({
    where: {
      principalType: "role",
      principalId: role.id,
      policy: {
        ...(input.pathPrefix ? { path: startsWithExactly(input.pathPrefix) } : {}),
        ...(after !== undefined ? { arn: { gt: after } } : {}),
      },
    },
    include: { policy: { select: { name: true, arn: true } } },
    orderBy: { policy: { arn: "asc" } },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (r) => r.policy.arn);
  return { AttachedPolicies: items.map((r) => ({ PolicyName: r.policy.name, PolicyArn: r.policy.arn })), ...rest };
}
