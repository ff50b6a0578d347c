// The order in which IAM checks a policy document it is asked to store (CreatePolicy,
// CreatePolicyVersion, Put*Policy, CreateRole/UpdateAssumeRolePolicy). IAM reports one message: the
// first check that fails wins. This table is the only place the order is written down; the IAM parser
// (./iam.ts) runs exactly these steps in this order, and check-order.test.ts proves it with documents
// that break two checks at once.
//
// Evidence: the CreatePolicy answers recorded against AWS on 2026-02-18 (LOCALSTACK_POLICIES below:
// 78 invalid and 51 valid documents, the same set moto's test suite asserts), the trust-policy answers
// recorded on 2026-02-11 (LOCALSTACK_ROLES), and AWS's own documentation. Where AWS's order is not
// observed, the step says [INF] and why it sits where it does.

const LOCALSTACK_POLICIES = "https://github.com/localstack/localstack/blob/main/tests/aws/services/iam/test_iam_policies.snapshot.json";
const LOCALSTACK_ROLES = "https://github.com/localstack/localstack/blob/main/tests/aws/services/iam/test_iam_roles.snapshot.json";
const VERSION_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html";
const GRAMMAR_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html";
const QUOTAS_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
const SID_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html";
const PRINCIPAL_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html";
const TRUST_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html";

/** Which stored documents a step applies to: managed (CreatePolicy*), inline (Put*Policy) or a role's trust policy. */
export type IamUsage = "managed" | "inline" | "trust";

export type IamCheckId =
  | "characters"
  | "json"
  | "size"
  | "syntax"
  | "version"
  | "legacy"
  | "sid"
  | "actions-present"
  | "trust-no-resource"
  | "resources-present"
  | "principal"
  | "resource-format"
  | "action-format"
  | "trust-actions";

export interface IamCheck {
  id: IamCheckId;
  /** The AWS texts this step answers with (templates: <x> is filled in). */
  messages: string[];
  appliesTo: readonly IamUsage[];
  source: string;
  /** Why the step sits where it does, when AWS's order was not observed directly. */
  note?: string;
}

const ALL: readonly IamUsage[] = ["managed", "inline", "trust"];

export const IAM_CHECK_ORDER: readonly IamCheck[] = [
  {
    id: "characters",
    messages: ["Syntax errors in policy."],
    appliesTo: ALL,
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html",
    note: "[INF] the API's PolicyDocument pattern (TAB, LF, CR, U+0020-U+00FF) is a parameter constraint, so it precedes parsing",
  },
  {
    id: "json",
    messages: ["Syntax errors in policy.", "This policy contains invalid Json"],
    appliesTo: ALL,
    source: LOCALSTACK_ROLES,
    note: "managed and inline documents that are not JSON answer 'Syntax errors in policy.'; a trust policy answers 'This policy contains invalid Json'",
  },
  {
    id: "size",
    messages: ["Cannot exceed quota for PolicySize: <max>", "Cannot exceed quota for ACLSizePerRole: <max>", "Maximum policy size of <max> bytes exceeded for <entity> <name>"],
    appliesTo: ALL,
    source: QUOTAS_DOC,
    note: "[INF] after JSON (a syntax error is reported even for an over-long text), before the grammar",
  },
  {
    id: "syntax",
    messages: ["Syntax errors in policy."],
    appliesTo: ALL,
    source: LOCALSTACK_POLICIES,
    note: "unknown elements, wrong JSON types, Version other than 2008-10-17/2012-10-17, empty Statement, missing or unknown Effect, both X and NotX, unknown condition operator with keys",
  },
  {
    id: "version",
    messages: ["Policy document must be version 2012-10-17 or greater."],
    appliesTo: ["managed"],
    source: LOCALSTACK_POLICIES,
    note: "managed policies only: inline and trust policies may omit Version or use 2008-10-17 (" + VERSION_DOC + ")",
  },
  {
    id: "legacy",
    messages: ["The policy failed legacy parsing"],
    appliesTo: ALL,
    source: LOCALSTACK_POLICIES,
    note: "Effect in the wrong case, date condition values, resources with '::' and fewer than five colons or an empty service",
  },
  {
    id: "sid",
    messages: ["Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*", "Statement IDs (SID) in a single policy must be unique."],
    appliesTo: ALL,
    source: LOCALSTACK_POLICIES,
    note: "uniqueness observed here; [INF] the character rule (" + SID_DOC + ") is checked with it",
  },
  {
    id: "actions-present",
    messages: ["Policy statement must contain actions."],
    appliesTo: ALL,
    source: LOCALSTACK_POLICIES,
  },
  {
    id: "trust-no-resource",
    messages: ["Has prohibited field Resource"],
    appliesTo: ["trust"],
    source: LOCALSTACK_ROLES,
    note: "[INF] before the principal checks: a permissions policy pasted as a trust policy (no Principal) answers this",
  },
  {
    id: "resources-present",
    messages: ["Policy statement must contain resources."],
    appliesTo: ["managed", "inline"],
    source: LOCALSTACK_POLICIES,
  },
  {
    id: "principal",
    messages: [
      "Policy document should not specify a principal.",
      "Has prohibited field NotPrincipal",
      "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!",
      'Invalid principal in policy: "<TYPE>":"<value>"',
    ],
    appliesTo: ALL,
    source: PRINCIPAL_DOC,
    note: "[INF] position: after the grammar and the presence checks, before the deferred resource-format error",
  },
  {
    id: "resource-format",
    messages: [
      'Resource <r> must be in ARN format or "*".',
      'Partition "<p>" is not valid for resource "arn:<p>:<s>:<r>:<a>:<x>".',
      "Resource vendor must be fully qualified and cannot contain regexes.",
      "IAM resource <r> cannot contain region information.",
      "Resource <r> can not contain region information.",
      'IAM resource path must either be "*", root, or start with <prefixes>.',
    ],
    appliesTo: ["managed", "inline"],
    source: LOCALSTACK_POLICIES,
    note: "found during the legacy step but reported only after the presence checks (observed: a bad resource loses to a missing action)",
  },
  {
    id: "action-format",
    messages: ["Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", "Actions/Condition can contain only one colon.", "Action vendors must not contain wildcards.", "Vendor <v> is not valid"],
    appliesTo: ALL,
    source: LOCALSTACK_POLICIES,
  },
  {
    id: "trust-actions",
    messages: ["AssumeRole policy may only specify STS AssumeRole actions."],
    appliesTo: ["trust"],
    source: LOCALSTACK_ROLES,
    note: "[INF] last: it needs well-formed actions (" + TRUST_DOC + ")",
  },
];

export const CHECK_SOURCES = { LOCALSTACK_POLICIES, LOCALSTACK_ROLES, VERSION_DOC, GRAMMAR_DOC, QUOTAS_DOC } as const;
