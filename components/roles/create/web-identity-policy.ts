// Step 1 (c) Web identity as pure rules: which field sits under the chosen provider, the inline
// errors that keep Next blocked, and the trust policy (lib/iam/console/trust-templates builds the
// JSON, so the audience, GitHub `sub` and extra Condition rows merge exactly as the console does).
import {
  BUILT_IN_WEB_PROVIDERS,
  GITHUB_OIDC_HOST,
  oidcHost,
  webIdentityTrustPolicy,
  type BuiltInWebProvider,
  type ConditionRow,
} from "@/lib/iam/console/trust-templates";
import { CONDITION_OPERATORS, conditionValueError } from "@/components/policy-editor/statement-options";

/** A built-in provider's key, or `oidc:<provider ARN>` for one registered in the account. */
export type WebProviderChoice = BuiltInWebProvider | `oidc:${string}` | "";

export interface WebIdentityFields {
  provider: WebProviderChoice;
  audience: string;
  githubOrg: string;
  githubRepo: string;
  githubBranch: string;
  /** "Condition (optional)" rows; a row left entirely blank is ignored. */
  conditions: ConditionRow[];
}

export const EMPTY_WEB_IDENTITY: WebIdentityFields = { provider: "", audience: "", githubOrg: "", githubRepo: "", githubBranch: "", conditions: [] };

// Claims are strings, so the rows offer the string operators (with the set qualifiers, since
// Cognito's `amr` is multivalued) and Null.
const STRING_OPERATORS = CONDITION_OPERATORS.filter((o) => o.startsWith("String"));
export const WEB_CONDITION_OPERATORS: readonly string[] = [
  ...STRING_OPERATORS,
  ...["ForAnyValue:", "ForAllValues:"].flatMap((q) => ["StringEquals", "StringLike"].map((o) => q + o)),
  "Null",
];

export const BUILT_IN_WEB_PROVIDER_KEYS = Object.keys(BUILT_IN_WEB_PROVIDERS) as BuiltInWebProvider[];

export function oidcChoice(providerArn: string): WebProviderChoice {
  return `oidc:${providerArn}`;
}

export function oidcArnOf(provider: WebProviderChoice): string | null {
  return provider.startsWith("oidc:") ? provider.slice("oidc:".length) : null;
}

export function builtInOf(provider: WebProviderChoice): BuiltInWebProvider | null {
  return (BUILT_IN_WEB_PROVIDER_KEYS as string[]).includes(provider) ? (provider as BuiltInWebProvider) : null;
}

export function isGitHubProvider(provider: WebProviderChoice): boolean {
  const arn = oidcArnOf(provider);
  return arn !== null && oidcHost(arn) === GITHUB_OIDC_HOST;
}

/** The claim prefix condition keys use: the built-in principal, or the OIDC provider's host. */
export function claimPrefix(provider: WebProviderChoice): string | null {
  const builtIn = builtInOf(provider);
  if (builtIn) return BUILT_IN_WEB_PROVIDERS[builtIn].principal;
  const arn = oidcArnOf(provider);
  return arn ? oidcHost(arn) : null;
}

// Keys IAM recognises for each federation (AWS "Available keys for OIDC federation"); offered as
// suggestions in the Condition rows, any other key can still be typed.
const BUILT_IN_CLAIMS: Record<BuiltInWebProvider, string[]> = {
  amazon: ["app_id", "user_id", "id"],
  facebook: ["app_id", "id"],
  google: ["aud", "oaud", "sub"],
  cognito: ["aud", "amr", "sub"],
};

export function suggestedConditionKeys(provider: WebProviderChoice): string[] {
  const prefix = claimPrefix(provider);
  if (!prefix) return [];
  const builtIn = builtInOf(provider);
  const claims = builtIn ? BUILT_IN_CLAIMS[builtIn] : ["aud", "sub", "amr"];
  return claims.map((c) => `${prefix}:${c}`);
}

// Limits the console checks before Next [I]: IAM caps OIDC client IDs at 255 characters; GitHub
// allows 39-character organization names of letters, digits and hyphens, 100-character repository
// names of letters, digits, '.', '-' and '_'; the branch is a git ref name (no spaces or ~^:?[\).
// `*` and `?` stay allowed in repository and branch because the condition is a StringLike.
const AUDIENCE_MAX = 255;
const GITHUB_ORG = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GITHUB_REPO = /^[\w.*?-]{1,100}$/;
const GITHUB_BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[^\s~^:[\\]{1,255}(?<!\/)$/;
const COGNITO_POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const CONDITION_KEY = /^[\w.:/-]+$/;

function audienceError(w: WebIdentityFields): string | null {
  const value = w.audience.trim();
  const builtIn = builtInOf(w.provider);
  if (!value) {
    if (!builtIn) return "Choose an audience.";
    return `Enter ${builtIn === "google" ? "an audience" : `the ${BUILT_IN_WEB_PROVIDERS[builtIn].audienceLabel}`}.`;
  }
  if (value.length > AUDIENCE_MAX) return `The value must have ${AUDIENCE_MAX} characters or fewer.`;
  if (builtIn === "cognito" && !COGNITO_POOL_ID.test(value)) return "Enter an identity pool ID such as us-east-1:12345678-abcd-1234-abcd-123456789012.";
  return null;
}

function gitHubErrors(w: WebIdentityFields, errors: Record<string, string>): void {
  const org = w.githubOrg.trim();
  const repo = w.githubRepo.trim();
  const branch = w.githubBranch.trim();
  if (!org) errors.githubOrg = "Enter the GitHub organization.";
  else if (!GITHUB_ORG.test(org)) errors.githubOrg = "The organization name can have up to 39 letters, numbers and hyphens, and can't start with a hyphen.";
  if (repo && !GITHUB_REPO.test(repo)) errors.githubRepo = "The repository name can have up to 100 letters, numbers and the characters . - _";
  if (branch && !GITHUB_BRANCH.test(branch)) errors.githubBranch = "Enter a valid branch name (no spaces or the characters ~ ^ : [ \\).";
}

/**
 * Error keys are `condition.<row>.key` / `condition.<row>.value`, so each lands under its own input.
 * Keys get their own rule rather than the policy editor's `service:key`: web identity claim prefixes
 * are host names (`accounts.google.com:sub`, `login.example.com/realm:aud`).
 */
function conditionErrors(rows: ConditionRow[], errors: Record<string, string>): void {
  rows.forEach((row, i) => {
    const key = row.key.trim();
    const value = row.value.trim();
    if (!key && !value) return;
    if (!key) errors[`condition.${i}.key`] = "Enter a condition key.";
    else if (!CONDITION_KEY.test(key)) errors[`condition.${i}.key`] = "The key can contain letters, numbers and the characters . : / - _";
    const valueErr = conditionValueError(row.operator, value);
    if (valueErr) errors[`condition.${i}.value`] = valueErr;
  });
}

export function webIdentityErrors(w: WebIdentityFields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!w.provider) {
    errors.provider = "Choose an identity provider.";
    return errors;
  }
  const audErr = audienceError(w);
  if (audErr) errors.audience = audErr;
  if (isGitHubProvider(w.provider)) gitHubErrors(w, errors);
  conditionErrors(w.conditions, errors);
  return errors;
}

/** The trust policy for the web identity tile, or the errors that keep Next disabled. */
export function webIdentityStep(w: WebIdentityFields): { document: string | null; errors: Record<string, string> } {
  const errors = webIdentityErrors(w);
  if (Object.keys(errors).length) return { document: null, errors };
  const audience = w.audience.trim();
  const conditions = w.conditions
    .filter((c) => c.key.trim() || c.value.trim())
    .map((c) => ({ operator: c.operator, key: c.key.trim(), value: c.value.trim() }));
  const arn = oidcArnOf(w.provider);
  const document = arn
    ? webIdentityTrustPolicy({
        provider: "oidc",
        providerArn: arn,
        audience,
        github: isGitHubProvider(w.provider) ? { organization: w.githubOrg.trim(), repository: w.githubRepo, branch: w.githubBranch } : undefined,
        conditions,
      })
    : webIdentityTrustPolicy({ provider: w.provider as BuiltInWebProvider, audience, conditions });
  return { document, errors };
}

/** Picking a provider clears the audience; a registered provider with a single client ID pre-selects it. */
export function chooseProvider(w: WebIdentityFields, provider: WebProviderChoice, clientIds: string[] = []): WebIdentityFields {
  return { ...w, provider, audience: clientIds.length === 1 ? clientIds[0] : "" };
}

export function addConditionRow(w: WebIdentityFields): WebIdentityFields {
  return { ...w, conditions: [...w.conditions, { key: "", operator: "StringEquals", value: "" }] };
}

export function updateConditionRow(w: WebIdentityFields, index: number, patch: Partial<ConditionRow>): WebIdentityFields {
  return { ...w, conditions: w.conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)) };
}

export function removeConditionRow(w: WebIdentityFields, index: number): WebIdentityFields {
  return { ...w, conditions: w.conditions.filter((_, i) => i !== index) };
}
