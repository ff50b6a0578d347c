// IAM Query actions for the account as a whole and for access-key state: the alias, the summary,
// the credential report, STS token preferences, UpdateAccessKey and GetAccessKeyLastUsed.
// Parameter reading only (the IAM model's constraints); the rules live in lib/iam.
import type { Caller } from "@/lib/authz/caller";
import type { QueryAction, QueryParams } from "@/lib/aws-query";
import { validationError } from "@/lib/errors";
import { getAccessKeyLastUsed, updateAccessKey } from "@/lib/iam/access-keys/keys";
import { ACCOUNT_ALIAS_RULE, createAccountAlias, deleteAccountAlias, listAccountAliases } from "@/lib/iam/account/alias";
import { generateCredentialReport, getCredentialReport } from "@/lib/iam/account/credential-report";
import { TOKEN_VERSIONS, setSecurityTokenServicePreferences, type GlobalEndpointTokenVersion } from "@/lib/iam/account/sts-preferences";
import { getAccountSummary } from "@/lib/iam/account/summary";
import { RULES, paging, readParams } from "./iam-roles";

type Value = string | number | boolean | undefined;
const opt = (v: Value) => v as string | undefined;
const str = (v: Value) => v as string;
const req = <T extends object>(rule: T) => ({ ...rule, required: true });
const ACCESS_KEY_ID = { min: 16, max: 128, pattern: "[\\w]+" };

/** An enum member, checked after its other constraints, with Coral's "enum value set" clause. */
export function readEnum<T extends string>(params: QueryParams, name: string, values: readonly T[]): T {
  const p = readParams(params, { [name]: { required: true } } as Record<string, { required: boolean }>);
  const value = str(p[name]);
  if (!(values as readonly string[]).includes(value)) {
    throw validationError(name.charAt(0).toLowerCase() + name.slice(1), value, `Member must satisfy enum value set: [${values.join(", ")}]`);
  }
  return value as T;
}

export const iamAccountActions: Record<string, QueryAction<Caller>> = {
  async UpdateAccessKey(params, caller) {
    const p = readParams(params, { UserName: RULES.name, AccessKeyId: req(ACCESS_KEY_ID), Status: { required: true } });
    await updateAccessKey(caller, { userName: opt(p.UserName), accessKeyId: str(p.AccessKeyId), status: str(p.Status) });
    return null;
  },
  async GetAccessKeyLastUsed(params, caller) {
    const p = readParams(params, { AccessKeyId: req(ACCESS_KEY_ID) });
    return getAccessKeyLastUsed(caller, str(p.AccessKeyId));
  },
  async CreateAccountAlias(params, caller) {
    const p = readParams(params, { AccountAlias: req(ACCOUNT_ALIAS_RULE) });
    await createAccountAlias(caller, str(p.AccountAlias));
    return null;
  },
  async DeleteAccountAlias(params, caller) {
    const p = readParams(params, { AccountAlias: req(ACCOUNT_ALIAS_RULE) });
    await deleteAccountAlias(caller, str(p.AccountAlias));
    return null;
  },
  async ListAccountAliases(params, caller) {
    const p = readParams(params, paging);
    return listAccountAliases(caller, { marker: opt(p.Marker), maxItems: p.MaxItems as number | undefined });
  },
  async GetAccountSummary(params, caller) {
    readParams(params, {});
    return getAccountSummary(caller);
  },
  async GenerateCredentialReport(params, caller) {
    readParams(params, {});
    return generateCredentialReport(caller);
  },
  async GetCredentialReport(params, caller) {
    readParams(params, {});
    return getCredentialReport(caller);
  },
  async SetSecurityTokenServicePreferences(params, caller) {
    const version = readEnum<GlobalEndpointTokenVersion>(params, "GlobalEndpointTokenVersion", TOKEN_VERSIONS);
    await setSecurityTokenServicePreferences(caller, version);
    return null;
  },
};
