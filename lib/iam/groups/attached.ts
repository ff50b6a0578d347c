// Managed policies attached to a group: AttachGroupPolicy, DetachGroupPolicy,
// ListAttachedGroupPolicies and the console's multi-select attach. The resource is the group's ARN;
// the policy ARN travels as iam:PolicyARN, as in AWS.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { pageRequest, type PageInput } from "../pagination";
import { checkPolicyArn, findAttachableOrThrow } from "../policies/lookup";
import {
  attachManagedPolicies,
  attachManagedPolicy,
  attachedPage,
  checkSelectionQuota,
  detachManagedPolicy,
  listAttachedManaged,
  type AttachedPolicyPage,
} from "@/lib/iam/attachments";
import { POLICIES_PER_GROUP, authorizedGroup } from "./shape";

export const GROUP_POLICY_QUOTA = { name: "PoliciesPerGroup", limit: POLICIES_PER_GROUP };

export async function listAttachedGroupPolicies(caller: Caller, groupName: string, input: PageInput & { pathPrefix?: string } = {}): Promise<AttachedPolicyPage> {
  const paging = pageRequest(input);
  const group = await authorizedGroup(caller, "iam:ListAttachedGroupPolicies", groupName);
  return attachedPage({ type: "group", id: group.id }, input.pathPrefix, paging);
}

export async function attachGroupPolicy(caller: Caller, groupName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const group = await authorizedGroup(caller, "iam:AttachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArn } });
  const policy = await findAttachableOrThrow(caller.accountId, policyArn);
  await attachManagedPolicy({ type: "group", id: group.id }, policy.id, GROUP_POLICY_QUOTA);
}

export async function detachGroupPolicy(caller: Caller, groupName: string, policyArn: string): Promise<void> {
  checkPolicyArn(policyArn);
  const group = await authorizedGroup(caller, "iam:DetachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArn } });
  await detachManagedPolicy({ type: "group", id: group.id }, policyArn);
}

/** The console's multi-select attach; the quota covers the whole selection (see attachUserPolicies). */
export async function attachGroupPolicies(caller: Caller, groupName: string, policyArns: string[]): Promise<{ attached: string[] }> {
  policyArns.forEach(checkPolicyArn);
  const group = await authorizedGroup(caller, "iam:AttachGroupPolicy", groupName, { context: { "iam:PolicyARN": policyArns[0] } });
  for (const arn of policyArns.slice(1)) await authorize(caller, "iam:AttachGroupPolicy", group.arn, { context: { "iam:PolicyARN": arn } });
  checkSelectionQuota(await listAttachedManaged({ type: "group", id: group.id }), policyArns, GROUP_POLICY_QUOTA.name, GROUP_POLICY_QUOTA.limit);
  await attachManagedPolicies(caller.accountId, { type: "group", id: group.id }, policyArns, GROUP_POLICY_QUOTA);
  return { attached: policyArns };
}
