// Managed policies attached to a user: AttachUserPolicy, DetachUserPolicy, ListAttachedUserPolicies.
// The resource is the user's ARN; the policy ARN travels as iam:PolicyARN, as in AWS.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { pageRequest, type PageInput } from "@/lib/iam/pagination";
import { authorizedUser } from "./crud";
import { checkPolicyArn, findAttachableOrThrow } from "@/lib/iam/policies/lookup";
import {
  attachManagedPolicies,
  attachManagedPolicy,
  detachManagedPolicy,
  listAttachedManaged,
  checkSelectionQuota,
  attachedPage,
  type AttachedPolicyPage,
} from "@/lib/iam/attachments";

/** AWS's default quota of managed policies per user. */
export const POLICIES_PER_USER = 10;

/** Sorted by policy name (then ARN: an AWS managed and a customer managed policy may share a name). */
export async function listAttachedUserPolicies(
  caller: Caller,
  userName: string,
  input: PageInput & { pathPrefix?: string } = {},
): Promise<AttachedPolicyPage> {
  const paging = pageRequest(input);
  const user = await authorizedUser(caller, "iam:ListAttachedUserPolicies", userName);
  return attachedPage({ type: "user", id: user.id }, input.pathPrefix, paging);
}

export async function attachUserPolicy(caller: Caller, userName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const user = await authorizedUser(caller, "iam:AttachUserPolicy", userName, { context: { "iam:PolicyARN": policyArn } });
  const policy = await findAttachableOrThrow(caller.accountId, policyArn);
  await attachManagedPolicy({ type: "user", id: user.id }, policy.id, { name: "PoliciesPerUser", limit: POLICIES_PER_USER });
}

export async function detachUserPolicy(caller: Caller, userName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const user = await authorizedUser(caller, "iam:DetachUserPolicy", userName, { context: { "iam:PolicyARN": policyArn } });
  await detachManagedPolicy({ type: "user", id: user.id }, policyArn);
}

/**
 * The console's "Add permissions": one AttachUserPolicy per selected policy. The quota is checked for
 * the whole selection first, so a too-large selection attaches nothing rather than the first few,
 * and the attachments are one transaction, so an unknown policy or a failure midway attaches none.
 */
export async function attachUserPolicies(caller: Caller, userName: string, policyArns: string[]): Promise<{ attached: string[] }> {
  policyArns.forEach(checkPolicyArn);
  // Authorize every policy before revealing anything about the user or its quota.
  const user = await authorizedUser(caller, "iam:AttachUserPolicy", userName, { context: { "iam:PolicyARN": policyArns[0] } });
  for (const arn of policyArns.slice(1)) await authorize(caller, "iam:AttachUserPolicy", user.arn, { context: { "iam:PolicyARN": arn } });
  checkSelectionQuota(await listAttachedManaged({ type: "user", id: user.id }), policyArns, "PoliciesPerUser", POLICIES_PER_USER);
  await attachManagedPolicies(caller.accountId, { type: "user", id: user.id }, policyArns, { name: "PoliciesPerUser", limit: POLICIES_PER_USER });
  return { attached: policyArns };
}
