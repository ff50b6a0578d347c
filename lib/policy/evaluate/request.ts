// The evaluator's request and result shapes (the engine contract shared with lib/iam and lib/sts).
import type { PolicyRef, RequestContext } from "../types";
import type { ConditionDetail } from "./conditions";
import type { CompiledPolicy } from "../compile";
import type { MatchLevel } from "./principal-match";

export interface PrincipalInfo {
  kind: "root" | "user" | "assumed-role" | "federated-user" | "service" | "anonymous";
  /** arn:aws:iam::111111111111:user/alice | arn:aws:sts::111111111111:assumed-role/R/sess | arn:aws:iam::111111111111:root */
  arn: string;
  accountId: string;
  /** AIDA… (user) or AROA… (the role, for an assumed-role session) */
  uniqueId?: string;
  /** Assumed-role sessions: arn:aws:iam::ACCT:role/path/R — resource policies may name the role. */
  roleArn?: string;
  /** Federated-user sessions (GetFederationToken): the IAM user who federated. A resource policy
   *  naming that user reaches the session, capped by boundary and session policy (AWS). */
  userArn?: string;
  /** A user's or the root's temporary credentials from GetSessionToken: fixed rules limit what they
   *  may call (lib/policy/fixed-rules.ts). Absent for long-term credentials. "delegated": credentials
   *  from GetDelegatedAccessToken, whose session policy (the delegation request's) caps even root. */
  credentials?: "session-token" | "delegated";
  /** Service principals: "ec2.amazonaws.com". */
  service?: string;
  /** Anonymous web-identity/SAML callers (AssumeRoleWithWebIdentity/SAML): the provider a trust
   *  policy's "Federated" names, e.g. "accounts.google.com" or an oidc-provider/saml-provider ARN. */
  federatedProvider?: string;
}

export interface EvaluationRequest {
  principal: PrincipalInfo;
  /** "iam:ListRoles" (service prefix + action, case-insensitive) */
  action: string;
  /** An ARN, or "*". */
  resource: string;
  /** Default: the ARN's account field; for "*" or empty: the principal's account. */
  resourceAccountId?: string;
  context: RequestContext;
  /** User + groups, or the role (for an assumed-role session). Ignored for root, services, anonymous. */
  identityPolicies: CompiledPolicy[];
  permissionsBoundary?: CompiledPolicy;
  /** Absent: not restricted by session policies (federated-user sessions: no permissions, AWS). */
  sessionPolicies?: CompiledPolicy[];
  /** ref.type "resource" or "trust" (a role's trust policy, for sts:AssumeRole*). */
  resourcePolicy?: CompiledPolicy;
  /** The principal's account chain, root first … account last; absent: no Organizations. */
  scps?: CompiledPolicy[][];
  /** The resource's account chain. */
  rcps?: CompiledPolicy[][];
}

export type Decision = "Allowed" | "ExplicitDeny" | "ImplicitDeny";
export type DeniedBy = "identity" | "resource" | "trust" | "boundary" | "session" | "scp" | "rcp";

export interface StatementMatch {
  policy: PolicyRef;
  statementIndex: number;
  sid?: string;
  effect: "Allow" | "Deny";
  conditions?: ConditionDetail[];
}

export interface StatementExplanation {
  statementIndex: number;
  sid?: string;
  effect: "Allow" | "Deny";
  actionMatched: boolean;
  /** Absent for statements without Resource/NotResource (trust policies). */
  resourceMatched?: boolean;
  /** Absent for statements without Principal/NotPrincipal. */
  principalMatched?: boolean;
  principalLevel?: MatchLevel;
  conditionsMatched?: boolean;
  conditions?: ConditionDetail[];
  /** Every element matched: the statement applies to this request. */
  matched: boolean;
}

export interface PolicyExplanation {
  policy: PolicyRef;
  /** The role the policy played in this request. */
  role: DeniedBy;
  /** SCP/RCP hierarchy level (0 = organization root). */
  orgLevel?: number;
  /** False when the policy type does not apply to this caller (e.g. identity policies for root). */
  applies: boolean;
  statements: StatementExplanation[];
}

export interface EvaluationResult {
  decision: Decision;
  /** Which policy type the AccessDenied message names (absent when Allowed or refused by a rule). */
  deniedBy?: DeniedBy;
  /** A fixed rule of the service refused the request, not a policy: AWS's own AccessDenied sentence. */
  rule?: string;
  /** The explicit denies that decided, or the allows that granted. */
  reasons: StatementMatch[];
  explanation?: PolicyExplanation[];
}
