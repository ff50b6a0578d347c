// Inline policies embedded in a group: PutGroupPolicy, GetGroupPolicy, DeleteGroupPolicy,
// ListGroupPolicies, each authorized on the group's ARN (the rules are in ../inline-policies; a
// group's documents share a 5,120-character budget).
import type { Caller } from "@/lib/authz/caller";
import { checkPolicyName, deleteInline, getInline, inlinePage, putInline, type InlineOwner } from "../inline-policies";
import { pageRequest, type PageInput } from "../pagination";
import { authorizedGroup } from "./shape";

async function owner(caller: Caller, action: string, groupName: string): Promise<InlineOwner> {
  const group = await authorizedGroup(caller, action, groupName);
  return { type: "group", id: group.id, name: group.name };
}

export async function putGroupPolicy(caller: Caller, input: { groupName: string; policyName: string; policyDocument: string }): Promise<void> {
  checkPolicyName(input.policyName);
  await putInline(await owner(caller, "iam:PutGroupPolicy", input.groupName), input.policyName, input.policyDocument);
}

export async function getGroupPolicy(
  caller: Caller,
  input: { groupName: string; policyName: string },
): Promise<{ GroupName: string; PolicyName: string; PolicyDocument: string }> {
  const group = await owner(caller, "iam:GetGroupPolicy", input.groupName);
  return { GroupName: group.name, ...(await getInline(group, input.policyName)) };
}

export async function deleteGroupPolicy(caller: Caller, input: { groupName: string; policyName: string }): Promise<void> {
  await deleteInline(await owner(caller, "iam:DeleteGroupPolicy", input.groupName), input.policyName);
}

export async function listGroupPolicies(
  caller: Caller,
  groupName: string,
  input: PageInput = {},
): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  return inlinePage(await owner(caller, "iam:ListGroupPolicies", groupName), paging);
}
