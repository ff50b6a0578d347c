// Inline policies embedded in a user: PutUserPolicy, GetUserPolicy, DeleteUserPolicy,
// ListUserPolicies, each authorized on the user's ARN (the rules are in ./inline-policies).
import type { Caller } from "@/lib/authz/caller";
import { checkPolicyName, deleteInline, getInline, inlinePage, putInline, type InlineOwner } from "@/lib/iam/inline-policies";
import { pageRequest, type PageInput } from "@/lib/iam/pagination";
import { authorizedUser } from "./crud";

export { checkPolicyName };

async function owner(caller: Caller, action: string, userName: string): Promise<InlineOwner> {
  const user = await authorizedUser(caller, action, userName);
  return { type: "user", id: user.id, name: user.name };
}

export async function putUserPolicy(caller: Caller, input: { userName: string; policyName: string; policyDocument: string }): Promise<void> {
  checkPolicyName(input.policyName);
  await putInline(await owner(caller, "iam:PutUserPolicy", input.userName), input.policyName, input.policyDocument);
}

export async function getUserPolicy(
  caller: Caller,
  input: { userName: string; policyName: string },
): Promise<{ UserName: string; PolicyName: string; PolicyDocument: string }> {
  const user = await owner(caller, "iam:GetUserPolicy", input.userName);
  return { UserName: user.name, ...(await getInline(user, input.policyName)) };
}

export async function deleteUserPolicy(caller: Caller, input: { userName: string; policyName: string }): Promise<void> {
  await deleteInline(await owner(caller, "iam:DeleteUserPolicy", input.userName), input.policyName);
}

export async function listUserPolicies(
  caller: Caller,
  userName: string,
  input: PageInput = {},
): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  return inlinePage(await owner(caller, "iam:ListUserPolicies", userName), paging);
}
