// The user, group or role an ARN parameter names (GetContextKeysForPrincipalPolicy,
// ListPoliciesGrantingServiceAccess), with the owners whose policies apply to it: a user's own and
// its groups' (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html:
// "If you specify a user, the list includes context keys that are found in all policies that are
// attached to the user. The list also includes all groups that the user is a member of.").
// Callers authorize on the ARN before calling this.
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { ARN_KINDS, parseIamArn } from "@/lib/aws/arn";

export type OwnerType = "user" | "group" | "role";

export interface PolicyOwner {
  type: OwnerType;
  id: string;
  name: string;
}

/** The entity itself first, then (for a user) its groups by name. */
export async function policyOwnersOf(accountId: string, arn: string): Promise<PolicyOwner[]> {
  const { account, kind } = parseIamArn(arn, ARN_KINDS.principal);
  // Another path or another account is another entity, missing here [INF: text as the simulator's].
  const missing = () => new AwsError("NoSuchEntity", `The entity with ARN ${arn} cannot be found.`);
  if (account !== accountId) throw missing();
  if (kind === "user") {
    const user = await db.user.findUnique({ where: { arn }, select: { id: true, name: true } });
    if (!user) throw missing();
    const groups = await db.group.findMany({ where: { members: { some: { userId: user.id } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
    return [{ type: "user", ...user }, ...groups.map((g) => ({ type: "group" as const, ...g }))];
  }
  const row = kind === "group"
    ? await db.group.findUnique({ where: { arn }, select: { id: true, name: true } })
    : await db.role.findUnique({ where: { arn }, select: { id: true, name: true } });
  if (!row) throw missing();
  return [{ type: kind as OwnerType, ...row }];
}
