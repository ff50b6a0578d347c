// The Account settings page's account alias. GET: the alias, or null (iam:ListAccountAliases).
// PUT: create it, or replace the one the account has (iam:CreateAccountAlias: an account has one
// alias, a new one replaces it). DELETE ?alias=: remove it (iam:DeleteAccountAlias).
// AWS: https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { validationError } from "@/lib/errors";
import { createAccountAlias, deleteAccountAlias, listAccountAliases } from "@/lib/iam/account/alias";
import { ACCOUNT_ALIAS_RULE, accountAliasProblem } from "@/lib/iam/account/alias-rule";

// Longer than any alias, so a bad one reaches the model's own check and its message.
const ZAlias = z.string().max(1024);

/** The model's check (accountAliasType), with the wire's ValidationError, before anything is asked of IAM. */
function checkedAlias(alias: string): string {
  if (accountAliasProblem(alias)) {
    throw validationError("accountAlias", alias, `Member must satisfy regular expression pattern: ${ACCOUNT_ALIAS_RULE.pattern}`);
  }
  return alias;
}

export const GET = withConsoleApi({
  action: "iam:ListAccountAliases",
  resource: () => "*",
  handler: async ({ caller }) => ({ AccountAlias: (await listAccountAliases(caller)).AccountAliases[0] ?? null }),
});

export const PUT = withConsoleApi({
  action: "iam:CreateAccountAlias",
  body: z.object({ alias: ZAlias }).strict(),
  resource: () => "*",
  trail: ({ body }) => ({ request: { AccountAlias: body.alias } }),
  handler: async ({ caller, body }) => {
    await createAccountAlias(caller, checkedAlias(body.alias));
    return {};
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteAccountAlias",
  query: z.object({ alias: ZAlias }).strict(),
  resource: () => "*",
  trail: ({ query }) => ({ request: { AccountAlias: query.alias } }),
  handler: async ({ caller, query }) => {
    await deleteAccountAlias(caller, checkedAlias(query.alias));
    return {};
  },
});
