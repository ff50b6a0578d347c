// The engine's public contract. Parser, validator, condition operators and the evaluator are built
// by different hands against these shapes; change them only together with every user.

/** Where a policy document is used decides which elements are allowed and which size limit applies. */
export type PolicyType = "identity" | "resource" | "trust" | "scp" | "rcp" | "session" | "boundary";

export type Effect = "Allow" | "Deny";

/** AWS accepts strings, numbers and booleans as condition values, alone or in arrays. */
export type ConditionScalar = string | number | boolean;
/** `{ operator: { key: value | value[] } }`, as written in the document. */
export type ConditionBlock = Record<string, Record<string, ConditionScalar | ConditionScalar[]>>;

/** `"*"` (everyone) or the principal map with every value normalised to an array. */
export type PrincipalBlock =
  | "*"
  | { AWS?: string[]; Service?: string[]; Federated?: string[]; CanonicalUser?: string[] };

export interface Statement {
  /** Position in the document's Statement list (0-based); a single-object Statement is index 0. */
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition?: ConditionBlock;
}

export interface ParsedPolicy {
  version: "2012-10-17" | "2008-10-17";
  id?: string;
  statements: Statement[];
}

/** A document AWS would refuse: the code and message IAM returns for it. */
export interface PolicyError {
  code: "MalformedPolicyDocument" | "LimitExceeded";
  message: string;
}

export type ParseResult = { ok: true; policy: ParsedPolicy } | { ok: false; error: PolicyError };

/** A request-context value; an array is a multivalued key (aws:TagKeys, aws:PrincipalServiceNamesList…). */
export type ContextValue = string | string[];

/** Context keys are looked up case-insensitively, as AWS does for condition key names. */
export interface RequestContext {
  get(key: string): ContextValue | undefined;
  keys(): string[];
}

/** Which policy a statement came from, so explanations and AccessDenied messages can name it. */
export interface PolicyRef {
  type: PolicyType;
  /** Stable identity for caching: policy id + version, or a content hash for inline documents. */
  id: string;
  name?: string;
  arn?: string;
}

/** Access-Analyzer-style finding severities (ValidatePolicy's findingType). */
export type FindingType = "ERROR" | "SECURITY_WARNING" | "WARNING" | "SUGGESTION";

export interface Position {
  line: number; // 1-based, as Monaco counts
  column: number; // 1-based
  offset: number; // 0-based character offset into the document text
}

export interface Finding {
  findingType: FindingType;
  /** Access Analyzer's issue code, e.g. "INVALID_ACTION", "PASS_ROLE_WITH_STAR_IN_RESOURCE". */
  issueCode: string;
  /** "Title: details", as the console shows it. */
  findingDetails: string;
  learnMoreLink?: string;
  locations: { path: (string | number)[]; span: { start: Position; end: Position } }[];
}
