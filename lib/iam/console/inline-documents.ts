// A user's or group's inline policies with their documents, for the Permissions tab's "Customer inline"
// rows: List*Policies, then Get*Policy for each name (each verb authorizes itself). The console lists
// every policy at once; an identity's inline policies share a 2,048-character (user) or 5,120-character
// (group) aggregate, so the list is short.
import type { Caller } from "@/lib/authz/caller";
import { deleteGroupPolicy, getGroupPolicy, listGroupPolicies } from "@/lib/iam/groups/inline";
import { deleteUserPolicy, getUserPolicy, listUserPolicies } from "@/lib/iam/users/inline";

export interface InlineDocument {
  PolicyName: string;
  PolicyDocument: string;
}

export async function userInlinePolicies(caller: Caller, userName: string): Promise<{ InlinePolicies: InlineDocument[] }> {
  const { PolicyNames } = await listUserPolicies(caller, userName, { maxItems: 1000 });
  const docs = await Promise.all(PolicyNames.map((policyName) => getUserPolicy(caller, { userName, policyName })));
  return { InlinePolicies: docs.map(({ PolicyName, PolicyDocument }) => ({ PolicyName, PolicyDocument })) };
}

export async function groupInlinePolicies(caller: Caller, groupName: string): Promise<{ InlinePolicies: InlineDocument[] }> {
  const { PolicyNames } = await listGroupPolicies(caller, groupName, { maxItems: 1000 });
  const docs = await Promise.all(PolicyNames.map((policyName) => getGroupPolicy(caller, { groupName, policyName })));
  return { InlinePolicies: docs.map(({ PolicyName, PolicyDocument }) => ({ PolicyName, PolicyDocument })) };
}

export { deleteGroupPolicy, deleteUserPolicy };
