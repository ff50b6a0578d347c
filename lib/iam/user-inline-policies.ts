// Inline policies embedded in a user: PutUserPolicy, GetUserPolicy, DeleteUserPolicy,
// ListUserPolicies. Documents are validated as identity policies; the user's inline policies share
// one aggregate size budget (2,048 characters, whitespace not counted).
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { parsePolicy, policySize, sizeError } from "@/lib/policy";
import { pageOf, pageRequest, type PageInput } from "./pagination";
import { authorizedUser } from "./users";

const POLICY_NAME = /^[\w+=,.@-]+$/;

export function checkPolicyName(name: string): void {
  if (name.length < 1 || name.length > 128) {
    throw validationError("policyName", name, "Member must have length less than or equal to 128");
  }
  if (!POLICY_NAME.test(name)) {
    throw validationError("policyName", name, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
  }
}

function noSuchPolicy(policyName: string): AwsError {
  return new AwsError("NoSuchEntity", `The user policy with name ${policyName} cannot be found.`);
}

export async function putUserPolicy(caller: Caller, input: { userName: string; policyName: string; policyDocument: string }): Promise<void> {
  checkPolicyName(input.policyName);
  const user = await authorizedUser(caller, "iam:PutUserPolicy", input.userName);
  const parsed = parsePolicy(input.policyDocument, "identity", { inline: { entity: "user", name: user.name } });
  if (!parsed.ok) throw new AwsError(parsed.error.code, parsed.error.message);
  await db.$transaction(async (tx) => {
    await lockQuota(tx, `user:${user.id}`);
    const others = await tx.inlinePolicy.findMany({ where: { ownerType: "user", ownerId: user.id, NOT: { name: input.policyName } } });
    const total = others.reduce((n, p) => n + policySize(p.document), policySize(input.policyDocument));
    const tooBig = sizeError(total, "identity", { inline: { entity: "user", name: user.name } });
    if (tooBig) throw new AwsError(tooBig.code, tooBig.message);
    await tx.inlinePolicy.upsert({
      where: { ownerType_ownerId_name: { ownerType: "user", ownerId: user.id, name: input.policyName } },
      create: { ownerType: "user", ownerId: user.id, name: input.policyName, document: input.policyDocument },
      update: { document: input.policyDocument },
    });
  });
}

export async function getUserPolicy(
  caller: Caller,
  input: { userName: string; policyName: string },
): Promise<{ UserName: string; PolicyName: string; PolicyDocument: string }> {
  const user = await authorizedUser(caller, "iam:GetUserPolicy", input.userName);
  const p = await db.inlinePolicy.findUnique({
    where: { ownerType_ownerId_name: { ownerType: "user", ownerId: user.id, name: input.policyName } },
  });
  if (!p) throw noSuchPolicy(input.policyName);
  return { UserName: user.name, PolicyName: p.name, PolicyDocument: p.document };
}

export async function deleteUserPolicy(caller: Caller, input: { userName: string; policyName: string }): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteUserPolicy", input.userName);
  const gone = await db.inlinePolicy.deleteMany({ where: { ownerType: "user", ownerId: user.id, name: input.policyName } });
  if (gone.count === 0) throw noSuchPolicy(input.policyName);
}

export async function listUserPolicies(
  caller: Caller,
  userName: string,
  input: PageInput = {},
): Promise<{ PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const user = await authorizedUser(caller, "iam:ListUserPolicies", userName);
  const rows = await db.inlinePolicy.findMany({ where: { ownerType: "user", ownerId: user.id }, select: { name: true } });
  const { items, ...rest } = pageOf(rows, (r) => r.name, paging);
  return { PolicyNames: items.map((r) => r.name), ...rest };
}
