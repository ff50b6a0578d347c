// The account alias (CreateAccountAlias, DeleteAccountAlias, ListAccountAliases): one per account,
// unique across every account, shown by the console beside the account id and accepted at sign-in.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/console-account-alias.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { uniqueOr } from "../roles/unique";

export { ACCOUNT_ALIAS_RULE } from "./alias-rule";

function taken(alias: string): AwsError {
  // [INF] wording: AWS answers EntityAlreadyExists (409) when another account holds the alias.
  return new AwsError("EntityAlreadyExists", `The account alias ${alias} already exists.`);
}

/** A new alias replaces the account's old one ("an account can have only one alias"). */
export async function createAccountAlias(caller: Caller, alias: string): Promise<void> {
  await authorize(caller, "iam:CreateAccountAlias", "*");
  const holder = await db.account.findUnique({ where: { alias }, select: { id: true } });
  if (holder && holder.id !== caller.accountId) throw taken(alias);
  // Another account may claim it between the read and the write: the unique column decides.
  await uniqueOr(db.account.update({ where: { id: caller.accountId }, data: { alias } }), () => taken(alias));
}

export async function deleteAccountAlias(caller: Caller, alias: string): Promise<void> {
  await authorize(caller, "iam:DeleteAccountAlias", "*");
  const removed = await db.account.updateMany({ where: { id: caller.accountId, alias }, data: { alias: null } });
  // [INF] wording of the NoSuchEntity (404) AWS answers for an alias the account does not have.
  if (removed.count === 0) throw new AwsError("NoSuchEntity", `The account alias ${alias} cannot be found.`);
}

export async function listAccountAliases(caller: Caller, input: PageInput = {}): Promise<{ AccountAliases: string[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  await authorize(caller, "iam:ListAccountAliases", "*");
  const account = await db.account.findUnique({ where: { id: caller.accountId }, select: { alias: true } });
  const { items, ...rest } = pageOf(account?.alias ? [account.alias] : [], (a) => a, paging);
  return { AccountAliases: items, ...rest };
}
