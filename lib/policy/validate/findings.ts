// The Access Analyzer checks this validator implements: issue code → severity and console title.
// Codes and titles follow the "Access Analyzer policy check reference"; the learn-more anchor is
// derived from severity + code exactly as that page names its sections. Codes marked "not AA" are
// ours where Access Analyzer has no equivalent check.
import type { Finding, FindingType, Position } from "@/lib/policy/types";

const E = "ERROR", W = "WARNING", S = "SECURITY_WARNING", G = "SUGGESTION";

export const CHECKS = {
  JSON_SYNTAX_ERROR: [E, "Json syntax error"],
  MISSING_STATEMENT: [E, "Missing statement"],
  MISSING_EFFECT: [E, "Missing effect"],
  INVALID_EFFECT: [E, "Invalid effect"],
  MISSING_ACTION: [E, "Missing action"],
  INVALID_ACTION: [E, "Invalid action"],
  INVALID_SERVICE_IN_ACTION: [E, "Invalid service in action"],
  MISSING_RESOURCE: [E, "Missing resource"],
  MISSING_PRINCIPAL: [E, "Missing principal"],
  UNSUPPORTED_PRINCIPAL: [E, "Unsupported principal"],
  INVALID_PRINCIPAL_FORMAT: [E, "Invalid principal format"],
  INVALID_PRINCIPAL_KEY: [E, "Invalid principal key"],
  UNSUPPORTED_WILDCARD_IN_PRINCIPAL: [E, "Unsupported wildcard in principal"],
  INVALID_VERSION: [E, "Invalid version"],
  INVALID_POLICY_ELEMENT: [E, "Invalid policy element"],
  UNSUPPORTED_ELEMENT_COMBINATION: [E, "Unsupported element combination"],
  DATA_TYPE_MISMATCH: [E, "Data type mismatch"],
  UNIQUE_SIDS_REQUIRED: [E, "Unique Sids required"],
  UNSUPPORTED_SID: [E, "Unsupported Sid"],
  INVALID_CONDITION_OPERATOR: [E, "Invalid condition operator"],
  INVALID_GLOBAL_CONDITION_KEY: [E, "Invalid global condition key"],
  INVALID_SERVICE_CONDITION_KEY: [E, "Invalid service condition key"],
  INVALID_CONDITION_KEY_FORMAT: [E, "Invalid condition key format"],
  INVALID_SERVICE: [E, "Invalid service"],
  DUPLICATE_KEYS_WITH_DIFFERENT_CASE: [E, "Duplicate keys with different case"],
  NULL_WITH_IF_EXISTS: [E, "Null with if exists"],
  INVALID_VARIABLE_FOR_OPERATOR: [E, "Invalid variable for operator"],
  INVALID_CONDITION_MULTIPLE_BOOLEAN: [E, "Invalid condition multiple Boolean"],
  MISSING_QUALIFIER: [E, "Missing qualifier"],
  INVALID_ARN_PREFIX: [E, "Invalid ARN prefix"],
  MISSING_ARN_FIELD: [E, "Missing ARN field"],
  INVALID_ARN_SERVICE_CASE: [E, "Invalid ARN service case"],
  INVALID_ARN_ACCOUNT: [E, "Invalid ARN account"],
  INVALID_ARN_RESOURCE: [E, "Invalid ARN resource"],
  MISSING_ARN_REGION: [E, "Missing ARN Region"],
  ARN_REGION_NOT_ALLOWED: [E, "ARN Region not allowed"],
  ARN_ACCOUNT_NOT_ALLOWED: [E, "ARN account not allowed"],
  INVALID_PARTITION: [E, "Invalid partition"],
  SCP_SYNTAX_ERROR_PRINCIPAL: [E, "SCP syntax error principal"],
  POLICY_SIZE_EXCEEDS_SCP_QUOTA: [E, "Policy size exceeds SCP quota"],
  ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE: [E, "Role trust policy syntax error resource"],
  ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL: [E, "Role trust policy syntax error notprincipal"],
  ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL: [E, "Role trust policy unsupported wildcard in principal"],
  MISMATCHED_ACTION_FOR_PRINCIPAL: [E, "Mismatched action for principal"],
  MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY: [E, "Missing action for roles anywhere trust policy"],

  MISSING_VERSION: [W, "Missing version"],
  UNIQUE_SIDS_RECOMMENDED: [W, "Unique Sids recommended"],
  POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: [W, "Policy size exceeds identity policy quota"],
  POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA: [W, "Policy size exceeds role trust policy quota"],
  TYPE_MISMATCH: [W, "Type mismatch"],
  TYPE_MISMATCH_BOOLEAN: [W, "Type mismatch Boolean"],
  TYPE_MISMATCH_DATE: [W, "Type mismatch date"],
  TYPE_MISMATCH_IP_RANGE: [W, "Type mismatch IP range"],
  TYPE_MISMATCH_NUMBER: [W, "Type mismatch number"],
  TYPE_MISMATCH_STRING: [W, "Type mismatch string"],
  INVALID_DATE_VALUE: [W, "Invalid date value"],
  WILDCARD_WITHOUT_LIKE_OPERATOR: [W, "Wildcard without like operator"],
  DEPRECATED_GLOBAL_CONDITION_KEY: [W, "Deprecated global condition key"],
  INVALID_ROLE_REFERENCE: [W, "Invalid role reference"],
  INVALID_USER_REFERENCE: [W, "Invalid user reference"],
  CREATE_SLR_WITH_STAR_IN_RESOURCE: [W, "Create SLR with star in resource"],
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: [W, "Create SLR with star in action and resource"],
  CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: [W, "Create SLR with star in resource and NotAction"],
  CREATE_SLR_WITH_NOT_RESOURCE: [W, "Create SLR with NotResource"],
  SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED: [W, "Specific github repo and branch recommended"],
  // not AA: AA does not say when no action of the statement can apply to a resource ARN.
  ACTION_RESOURCE_MISMATCH: [W, "Action resource mismatch"],

  ALLOW_WITH_NOT_PRINCIPAL: [S, "Allow with NotPrincipal"],
  FORALLVALUES_WITH_SINGLE_VALUED_KEY: [S, "ForAllValues with single valued key"],
  PASS_ROLE_WITH_STAR_IN_RESOURCE: [S, "Pass role with star in resource"],
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: [S, "Pass role with star in action and resource"],
  PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION: [S, "Pass role with star in resource and NotAction"],
  PASS_ROLE_WITH_NOT_RESOURCE: [S, "Pass role with NotResource"],
  MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL: [S, "Missing condition key for oidc principal"],
  MISSING_GITHUB_REPO_CONDITION_KEY: [S, "Missing github repo condition key"],
  // not AA: the console's trust-policy editor has no check for this; it is the usual review flag.
  TRUST_POLICY_ALLOWS_ANY_PRINCIPAL: [S, "Trust policy allows any principal"],

  // not AA, and only a suggestion: Access Analyzer reports nothing for a trust policy naming another
  // account, and the console creates such a role (AWS's own cross-account tutorials do), so a hint
  // must not block Next in Custom trust policy (blocking made the MFA cross-account role impossible).
  CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID: [G, "Cross-account trust without external ID"],
  EMPTY_ARRAY_ACTION: [G, "Empty array action"],
  EMPTY_ARRAY_RESOURCE: [G, "Empty array resource"],
  EMPTY_ARRAY_PRINCIPAL: [G, "Empty array principal"],
  EMPTY_ARRAY_CONDITION: [G, "Empty array condition"],
  EMPTY_ARRAY_CONDITION_FORALLVALUES: [G, "Empty array condition ForAllValues"],
  EMPTY_ARRAY_CONDITION_FORANYVALUE: [G, "Empty array condition ForAnyValue"],
  EMPTY_ARRAY_CONDITION_IFEXISTS: [G, "Empty array condition IfExists"],
  EMPTY_OBJECT_CONDITION: [G, "Empty object condition"],
  EMPTY_OBJECT_PRINCIPAL: [G, "Empty object principal"],
  EMPTY_SID_VALUE: [G, "Empty Sid value"],
  NULL_WITH_QUALIFIER: [G, "Null with qualifier"],
  REDUNDANT_ACTION: [G, "Redundant action"],
  REDUNDANT_STATEMENT: [G, "Redundant statement"],
  IMPROVE_IP_RANGE: [G, "Improve IP range"],
  // not AA: emitted only when validation itself failed; tests assert it never appears.
  VALIDATION_INCOMPLETE: [W, "Validation incomplete"],
} as const satisfies Record<string, readonly [FindingType, string]>;

export type IssueCode = keyof typeof CHECKS;
export type Path = readonly (string | number)[];
export interface Spanned { start: Position; end: Position }

const DOCS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";
const SEVERITY_ANCHOR: Record<FindingType, string> = {
  ERROR: "error",
  WARNING: "general-warning",
  SECURITY_WARNING: "security-warning",
  SUGGESTION: "suggestion",
};

export function learnMoreLink(code: IssueCode): string {
  const [type] = CHECKS[code];
  return `${DOCS}#access-analyzer-reference-policy-checks-${SEVERITY_ANCHOR[type]}-${code.toLowerCase().replace(/_/g, "-")}`;
}

/** Collects findings; `details` is the API text, the console title is prepended here. */
export class Reporter {
  readonly findings: Finding[] = [];

  add(code: IssueCode, details: string, path: Path, at: Spanned): void {
    const [findingType, title] = CHECKS[code];
    this.findings.push({
      findingType,
      issueCode: code,
      findingDetails: `${title}: ${details}`,
      learnMoreLink: learnMoreLink(code),
      locations: [{ path: [...path], span: { start: at.start, end: at.end } }],
    });
  }
}
