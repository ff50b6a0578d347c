// decide(): the one door. Every access decision — an IAM API call, a role's trust policy for
// AssumeRole, an anonymous web-identity caller — is made here and returned as one AccessDecision,
// the object the wire's AccessDenied message, the console's access-denied alert and "Why?" panel,
// and the activity log all read. authorize() is decide() + the AccessDenied factory.
import {
  accessDeniedMessage,
  denialContext,
  evaluate,
  type Decision,
  type DeniedBy,
  type EvaluationRequest,
  type EvaluationResult,
  type PolicyExplanation,
} from "@/lib/policy";
import { anonymousDenialText } from "./access-denied";
import type { Principal } from "./caller";
import { buildAnonymousRequest, buildRequest, type AuthorizeOptions } from "./request";

export interface AccessDecision {
  allowed: boolean;
  decision: Decision;
  /** The policy type that decided a denial (absent when allowed). */
  deniedBy?: DeniedBy;
  /** The engine's explanation of a denial (or of an allow, when asked): every policy considered, statement by statement. */
  explanation?: PolicyExplanation[];
  /** AWS's AccessDenied text for this request; "" when allowed. */
  message: string;
  /** The console alert's "Context:" line; "" when allowed. */
  context: string;
  principalArn: string;
  /** The action that decided: the first one denied, else the last one checked. */
  action: string;
  resource: string;
  request: EvaluationRequest;
}

/** Who a denial names: the principal's ARN, or the provider for an anonymous federated caller. */
function namedPrincipal(request: EvaluationRequest): string {
  return request.principal.kind === "anonymous" ? (request.principal.federatedProvider ?? "anonymous") : request.principal.arn;
}

function denial(request: EvaluationRequest, explained: EvaluationResult, operation: string): AccessDecision {
  const message =
    request.principal.kind === "anonymous" ? anonymousDenialText(operation) : accessDeniedMessage(request, explained);
  return {
    allowed: false,
    decision: explained.decision,
    deniedBy: explained.deniedBy,
    explanation: explained.explanation,
    message,
    context: denialContext(explained),
    principalArn: namedPrincipal(request),
    action: request.action,
    resource: request.resource,
    request,
  };
}

/**
 * Decides a built request for each action in turn (one request, the policies loaded once): the first
 * action denied decides, explained. The explanation is computed only for a denial (the hot path of an
 * allowed AssumeRole evaluates once per action and no more).
 */
export function decideRequest(
  base: EvaluationRequest,
  actions: readonly string[] = [base.action],
  opts: { explainAllowed?: boolean; briefDenials?: boolean } = {},
): AccessDecision {
  let request = base;
  for (const action of actions) {
    request = action === base.action ? base : { ...base, action };
    const result = evaluate(request);
    if (result.decision === "Allowed") continue;
    // Only the verdict, for callers that try many requests and explain none of the denials (the access graph).
    if (opts.briefDenials) {
      const d = brief(request);
      d.allowed = false;
      d.decision = result.decision;
      d.deniedBy = result.deniedBy;
      return d;
    }
    return denial(request, evaluate(request, { explain: true }), actions[0]);
  }
  const allowed = brief(request);
  // Only to report why (the access graph's edge panel): the first action's statements.
  if (opts.explainAllowed) allowed.explanation = evaluate(base, { explain: true }).explanation;
  return allowed;
}

function brief(request: EvaluationRequest): AccessDecision {
  return {
    allowed: true,
    decision: "Allowed",
    message: "",
    context: "",
    principalArn: namedPrincipal(request),
    action: request.action,
    resource: request.resource,
    request,
  };
}

/**
 * The decision for `principal` performing `action` (or every one of several actions, as AssumeRole
 * checks sts:AssumeRole + sts:TagSession + sts:SetSourceIdentity) on `resource`.
 */
export async function decide(principal: Principal, action: string | readonly string[], resource: string, opts: AuthorizeOptions = {}): Promise<AccessDecision> {
  const actions = typeof action === "string" ? [action] : action;
  const request =
    principal.kind === "anonymous"
      ? await buildAnonymousRequest(principal, actions[0], resource, opts)
      : await buildRequest(principal, actions[0], resource, opts);
  return decideRequest(request, actions);
}
