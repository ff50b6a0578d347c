// The trust policies the Create role wizard generates for each trusted-entity type, in the exact
// shapes the AWS console emits (console-spec §3.1): the AWS-service form uses arrays and the key
// order Effect, Action, Principal; the AWS-account form always carries a Condition object (empty
// when no option is ticked); web identity and SAML put their audience checks under StringEquals.
// Pure functions: the wizard previews them and the server re-validates whatever is submitted.

export const POLICY_VERSION = "2012-10-17";

/** The console pretty-prints trust policies with four-space indentation. */
export function formatPolicy(doc: unknown): string {
  return JSON.stringify(doc, null, 4);
}

export interface ConditionRow {
  operator: string;
  key: string;
  value: string;
}

type ConditionBlock = Record<string, Record<string, string | string[]>>;

/** Rows with the same operator and key collect their values into an array, as the console does. */
function addCondition(block: ConditionBlock, row: ConditionRow): void {
  const byKey = (block[row.operator] ??= {});
  const prev = byKey[row.key];
  if (prev === undefined) byKey[row.key] = row.value;
  else byKey[row.key] = [...(Array.isArray(prev) ? prev : [prev]), row.value];
}

export function serviceTrustPolicy(principals: string[]): string {
  return formatPolicy({
    Version: POLICY_VERSION,
    Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole"], Principal: { Service: principals } }],
  });
}

export interface AccountTrustInput {
  accountId: string;
  externalId?: string;
  requireMfa?: boolean;
}

export function accountTrustPolicy(input: AccountTrustInput): string {
  const condition: ConditionBlock = {};
  if (input.externalId) addCondition(condition, { operator: "StringEquals", key: "sts:ExternalId", value: input.externalId });
  if (input.requireMfa) addCondition(condition, { operator: "Bool", key: "aws:MultiFactorAuthPresent", value: "true" });
  return formatPolicy({
    Version: POLICY_VERSION,
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${input.accountId}:root` },
        Action: "sts:AssumeRole",
        Condition: condition,
      },
    ],
  });
}

/** The four built-in web identity providers and the claim each one's audience is checked against. */
export const BUILT_IN_WEB_PROVIDERS = {
  amazon: { label: "Login with Amazon", principal: "www.amazon.com", audienceKey: "www.amazon.com:app_id", audienceLabel: "Application ID" },
  facebook: { label: "Facebook", principal: "graph.facebook.com", audienceKey: "graph.facebook.com:app_id", audienceLabel: "Application ID" },
  google: { label: "Google", principal: "accounts.google.com", audienceKey: "accounts.google.com:aud", audienceLabel: "Audience" },
  cognito: {
    label: "Amazon Cognito",
    principal: "cognito-identity.amazonaws.com",
    audienceKey: "cognito-identity.amazonaws.com:aud",
    audienceLabel: "Identity Pool ID",
  },
} as const;

export type BuiltInWebProvider = keyof typeof BUILT_IN_WEB_PROVIDERS;

export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";

export interface GitHubSubject {
  organization: string;
  repository?: string;
  branch?: string;
}

/** `repo:ORG/REPO:ref:refs/heads/BRANCH`, with `*` where the console's optional fields were left blank. */
export function githubSubject(g: GitHubSubject): string {
  const repo = g.repository?.trim() || "*";
  const branch = g.branch?.trim();
  if (branch) return `repo:${g.organization}/${repo}:ref:refs/heads/${branch}`;
  return repo === "*" ? `repo:${g.organization}/*` : `repo:${g.organization}/${repo}:*`;
}

export type WebIdentityInput =
  | { provider: BuiltInWebProvider; audience: string; conditions?: ConditionRow[] }
  | { provider: "oidc"; providerArn: string; audience: string; github?: GitHubSubject; conditions?: ConditionRow[] };

/** The OIDC provider's host, as the console uses it for condition keys (`<host>:aud`). */
export function oidcHost(providerArn: string): string {
  return providerArn.replace(/^arn:aws[\w-]*:iam::\d{12}:oidc-provider\//, "");
}

export function webIdentityTrustPolicy(input: WebIdentityInput): string {
  const condition: ConditionBlock = {};
  let federated: string;
  if (input.provider === "oidc") {
    federated = input.providerArn;
    const host = oidcHost(input.providerArn);
    addCondition(condition, { operator: "StringEquals", key: `${host}:aud`, value: input.audience });
    if (input.github?.organization) addCondition(condition, { operator: "StringLike", key: `${host}:sub`, value: githubSubject(input.github) });
  } else {
    const p = BUILT_IN_WEB_PROVIDERS[input.provider];
    federated = p.principal;
    addCondition(condition, { operator: "StringEquals", key: p.audienceKey, value: input.audience });
    // AWS's sample Cognito policy only admits authenticated identities.
    if (input.provider === "cognito") {
      addCondition(condition, { operator: "ForAnyValue:StringLike", key: "cognito-identity.amazonaws.com:amr", value: "authenticated" });
    }
  }
  for (const row of input.conditions ?? []) addCondition(condition, row);
  return formatPolicy({
    Version: POLICY_VERSION,
    Statement: [{ Effect: "Allow", Principal: { Federated: federated }, Action: "sts:AssumeRoleWithWebIdentity", Condition: condition }],
  });
}

export const SAML_CONSOLE_AUDIENCE = "https://signin.aws.amazon.com/saml";

export interface SamlTrustInput {
  providerArn: string;
  access: "programmatic" | "console";
  /** Attribute/value rows; at least one is required for programmatic-only access. */
  conditions?: ConditionRow[];
}

export function samlTrustPolicy(input: SamlTrustInput): string {
  const condition: ConditionBlock = {};
  if (input.access === "console") addCondition(condition, { operator: "StringEquals", key: "SAML:aud", value: SAML_CONSOLE_AUDIENCE });
  for (const row of input.conditions ?? []) addCondition(condition, row);
  return formatPolicy({
    Version: POLICY_VERSION,
    Statement: [{ Effect: "Allow", Principal: { Federated: input.providerArn }, Action: "sts:AssumeRoleWithSAML", Condition: condition }],
  });
}

/** The custom trust policy editor's starting document: no principal yet, so it trusts nobody. */
export const CUSTOM_TRUST_TEMPLATE = formatPolicy({
  Version: POLICY_VERSION,
  Statement: [{ Sid: "Statement1", Effect: "Allow", Principal: {}, Action: "sts:AssumeRole" }],
});

// Field rules the wizard checks before Next (console-spec §3.1(b), §8.1).
const ACCOUNT_ID = /^\d{12}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export function accountIdError(value: string): string | null {
  return ACCOUNT_ID.test(value) ? null : "The account ID must be 12 digits.";
}

export function externalIdError(value: string): string | null {
  if (value.length < 2 || value.length > 1224) return "The external ID must have 2 to 1224 characters.";
  return EXTERNAL_ID.test(value)
    ? null
    : "The external ID can contain letters, numbers and the following characters: + = , . @ : / - (no spaces).";
}
