// The choices the "Edit statement" panel offers and the checks on what is typed into it. The checks
// only catch malformed input early; the document still goes through Access Analyzer validation.
import type { PrincipalElement } from "./statement-edits";

/** "Add actions for STS" on trust policies: the actions a trust statement can grant. */
export const STS_TRUST_ACTIONS = [
  "sts:AssumeRole",
  "sts:AssumeRoleWithSAML",
  "sts:AssumeRoleWithWebIdentity",
  "sts:TagSession",
  "sts:SetSourceIdentity",
  "sts:SetContext",
] as const;

export interface PrincipalType {
  id: string;
  label: string;
  element: PrincipalElement;
  /** The console's template for the field, with the parts to replace in braces. */
  template: string;
  pattern: RegExp;
}

const ACCOUNT = String.raw`\d{12}`;
const NAME_PATH = String.raw`[\w+=,.@/-]+`;

export const PRINCIPAL_TYPES: PrincipalType[] = [
  {
    id: "account",
    label: "AWS accounts",
    element: "AWS",
    template: "arn:aws:iam::{AccountId}:root",
    // IAM also accepts a bare account ID and stores it as the :root ARN.
    pattern: new RegExp(`^(arn:aws:iam::${ACCOUNT}:root|${ACCOUNT})$`),
  },
  { id: "user", label: "IAM users", element: "AWS", template: "arn:aws:iam::{AccountId}:user/{UserName}", pattern: new RegExp(`^arn:aws:iam::${ACCOUNT}:user/${NAME_PATH}$`) },
  { id: "role", label: "IAM roles", element: "AWS", template: "arn:aws:iam::{AccountId}:role/{RoleName}", pattern: new RegExp(`^arn:aws:iam::${ACCOUNT}:role/${NAME_PATH}$`) },
  {
    id: "session",
    label: "IAM role sessions",
    element: "AWS",
    template: "arn:aws:sts::{AccountId}:assumed-role/{RoleName}/{SessionName}",
    pattern: new RegExp(`^arn:aws:sts::${ACCOUNT}:assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+$`),
  },
  { id: "service", label: "AWS services", element: "Service", template: "{ServiceName}.amazonaws.com", pattern: /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/ },
  {
    id: "saml",
    label: "Federated SAML providers",
    element: "Federated",
    template: "arn:aws:iam::{AccountId}:saml-provider/{ProviderName}",
    pattern: new RegExp(`^arn:aws:iam::${ACCOUNT}:saml-provider/[\\w.-]+$`),
  },
  {
    id: "web",
    label: "Federated web identity providers",
    element: "Federated",
    template: "arn:aws:iam::{AccountId}:oidc-provider/{ProviderUrl}",
    pattern: new RegExp(`^(arn:aws:iam::${ACCOUNT}:oidc-provider/\\S+|accounts\\.google\\.com|graph\\.facebook\\.com|www\\.amazon\\.com|cognito-identity\\.amazonaws\\.com)$`),
  },
];

export function principalError(type: PrincipalType, value: string): string | null {
  if (!value.trim()) return "Enter a value.";
  return type.pattern.test(value.trim()) ? null : `Enter a value in the form ${type.template}.`;
}

/** "Qualifier" in the condition form: the set operator prefix, if any. */
export const CONDITION_QUALIFIERS = [
  { prefix: "", label: "Default" },
  { prefix: "ForAnyValue:", label: "For any value in a request" },
  { prefix: "ForAllValues:", label: "For all values in request" },
] as const;

export const CONDITION_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "Null",
] as const;

/** Suggestions for the condition key field; any service:key may be typed. */
export const COMMON_CONDITION_KEYS = {
  trust: ["sts:ExternalId", "aws:MultiFactorAuthPresent", "aws:PrincipalOrgID", "aws:PrincipalArn", "aws:SourceAccount", "aws:SourceArn", "sts:RoleSessionName", "sts:SourceIdentity", "SAML:aud"],
  other: ["aws:SourceIp", "aws:RequestedRegion", "aws:PrincipalTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:SecureTransport", "aws:MultiFactorAuthPresent", "aws:CurrentTime"],
};

export function conditionKeyError(key: string): string | null {
  if (!key.trim()) return "Enter a condition key.";
  return /^[A-Za-z0-9-]+:[\w:/.${}*+=,@-]+$/.test(key.trim()) ? null : "Enter a condition key in the form service:key, for example sts:ExternalId.";
}

export function conditionValueError(operator: string, value: string): string | null {
  if (!value.trim()) return "Enter a value.";
  if ((operator === "Bool" || operator === "Null") && !/^(true|false)$/.test(value.trim())) return "Enter true or false.";
  return null;
}

/** Splits "s3:GetObject, s3:PutObject" into actions; null when one of them is not service:Action. */
export function parseActions(text: string): string[] | null {
  const items = text.split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) return null;
  return items.every((a) => a === "*" || /^[a-z0-9-]+:[A-Za-z0-9*?]+$/.test(a)) ? items : null;
}

export function resourceError(arn: string): string | null {
  const v = arn.trim();
  if (!v) return "Enter a resource ARN.";
  return v === "*" || /^arn:[^:\s]+:[^:\s]*:[^:\s]*:[^:\s]*:\S+$/.test(v) ? null : "Enter an ARN such as arn:aws:s3:::bucket/*, or * for all resources.";
}
