// Managed-policy lookups by ARN, with the NoSuchEntity texts each IAM verb uses for a missing policy.
import { db, type Tx } from "@/lib/db";
import { deniedByRule } from "@/lib/authz/access-denied";
import { authorize, type AuthorizeOptions } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { ARN_KINDS, parseIamArn } from "@/lib/aws/arn";
import type { ManagedPolicy } from "@/generated/prisma/client";

export type { ManagedPolicy };

/** Anything but a managed policy's ARN is InvalidInput "ARN … is not valid." before any lookup (lib/aws/arn.ts). */
export function checkPolicyArn(arn: string): void {
  parseIamArn(arn, ARN_KINDS.policy);
}

/** Visible to `accountId`: AWS managed, or customer managed in that account. */
async function visiblePolicy(accountId: string, arn: string, tx: Tx): Promise<ManagedPolicy | null> {
  const policy = await tx.managedPolicy.findUnique({ where: { arn } });
  return policy && (policy.accountId === null || policy.accountId === accountId) ? policy : null;
}

/**
 * The policy at `arn` once `action` on it is allowed. A policy is addressed by its ARN, so the
 * caller is authorized on that ARN before anything is read: AccessDenied comes before NoSuchEntity,
 * and another account's policy is denied as a cross-account call (IAM has no resource policies).
 */
export async function authorizedPolicy(caller: Caller, action: string, arn: string, opts?: AuthorizeOptions): Promise<ManagedPolicy> {
  checkPolicyArn(arn);
  await authorize(caller, action, arn, opts);
  return findPolicyOrThrow(caller.accountId, arn);
}

/** GetPolicy, CreatePolicyVersion, DeletePolicy…: "Policy <arn> was not found." */
export async function findPolicyOrThrow(accountId: string, arn: string, tx: Tx = db): Promise<ManagedPolicy> {
  checkPolicyArn(arn);
  const policy = await visiblePolicy(accountId, arn, tx);
  if (!policy) throw new AwsError("NoSuchEntity", `Policy ${arn} was not found.`);
  return policy;
}

/** Attach*Policy: "Policy <arn> does not exist or is not attachable." */
export async function findAttachableOrThrow(accountId: string, arn: string, tx: Tx = db): Promise<ManagedPolicy> {
  checkPolicyArn(arn);
  const policy = await visiblePolicy(accountId, arn, tx);
  if (!policy) throw new AwsError("NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`);
  return policy;
}

/** A permissions boundary: "Scope ARN: <arn> does not exist or is not attachable." [OBS] */
export async function findBoundaryOrThrow(accountId: string, arn: string, tx: Tx = db): Promise<ManagedPolicy> {
  checkPolicyArn(arn);
  const policy = await visiblePolicy(accountId, arn, tx);
  if (!policy) throw new AwsError("NoSuchEntity", `Scope ARN: ${arn} does not exist or is not attachable.`);
  return policy;
}

/**
 * AWS managed policies (and their versions) cannot be changed by customers; AWS answers with an
 * AccessDenied naming the policy even to an administrator [OBS shape].
 */
export function assertCustomerManaged(policy: ManagedPolicy, callerArn: string, action: string): void {
  if (policy.accountId === null) {
    throw deniedByRule({ principalArn: callerArn, action, resource: `policy ${policy.arn}` });
  }
}
