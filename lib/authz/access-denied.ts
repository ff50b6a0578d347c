// The one AccessDenied factory. A denial decided by policies carries its decision (the console's
// alert and "Why?" panel read the details); a denial that must not say why — AssumeRole, where a
// missing role and a trust denial have to look alike — carries the same public shape either way.
import { AwsError } from "@/lib/errors";
import { accessDeniedText } from "@/lib/policy/messages";
import type { Principal } from "./caller";
import type { AccessDecision } from "./decide";

/** The decision behind an error, kept off the wire: only code that may reveal it asks (decisionOf). */
const decisions = new WeakMap<AwsError, AccessDecision>();

export interface DenialFacts {
  principalArn: string;
  action: string;
  resource: string;
}

/** STS's one sentence for an anonymous (web-identity) caller, whatever the reason [OBS]. */
export function anonymousDenialText(operation: string): string {
  return `Not authorized to perform ${operation}`;
}

/**
 * AWS's text when no policy is there to explain (a role that does not exist): the same words a
 * policy denial of an STS action gets (no reason suffix), so the two cannot be told apart.
 */
function undisclosedMessage(principal: Principal, action: string, resource: string, operation: string): string {
  if (principal.kind === "anonymous") return anonymousDenialText(operation);
  return accessDeniedText(principal.arn, action, resource);
}

/** What any AccessDenied may show: who, what, on what (the console alert's first three lines). */
function publicDetails(f: DenialFacts): Record<string, unknown> {
  return { principalArn: f.principalArn, action: f.action, resource: f.resource };
}

/**
 * AccessDenied for a policy decision. `disclose: false` drops the reason (context, deniedBy,
 * explanation) from the details; the decision stays reachable through decisionOf().
 */
export function accessDenied(d: AccessDecision, opts: { disclose?: boolean } = {}): AwsError {
  const details =
    opts.disclose === false
      ? publicDetails(d)
      : { ...publicDetails(d), context: d.context, decision: d.decision, deniedBy: d.deniedBy, explanation: d.explanation };
  const err = new AwsError("AccessDenied", d.message, details);
  decisions.set(err, d);
  return err;
}

/**
 * AccessDenied where no policy decided (the role does not exist, its trust policy no longer parses):
 * the message and details of an undisclosed policy denial, so the two are indistinguishable.
 */
export function undisclosedDenial(principal: Principal, action: string, resource: string, operation = action): AwsError {
  const principalArn = principal.kind === "anonymous" ? principal.federatedProvider : principal.arn;
  return new AwsError("AccessDenied", undisclosedMessage(principal, action, resource, operation), publicDetails({ principalArn, action, resource }));
}

/**
 * AccessDenied by a fixed rule of the service rather than a policy (root cannot assume roles, AWS
 * managed policies are read-only, MFA failed): AWS's own sentence, or for facts its standard
 * "User: … is not authorized to perform: … on resource: …" with those facts in the details. A rule
 * sentence may carry details of its own (which guard refused a console request).
 */
export function deniedByRule(rule: string | DenialFacts, details?: Record<string, unknown>): AwsError {
  if (typeof rule === "string") return new AwsError("AccessDenied", rule, details);
  return new AwsError("AccessDenied", accessDeniedText(rule.principalArn, rule.action, rule.resource), publicDetails(rule));
}

/** The decision an AccessDenied was made from, if a policy decided it. */
export function decisionOf(e: unknown): AccessDecision | undefined {
  return e instanceof AwsError ? decisions.get(e) : undefined;
}

/**
 * A denial as a JSON-protocol service (CloudTrail) names it: AccessDeniedException, with the same
 * message, details and decision [OBS: "User: <arn> is not authorized to perform:
 * cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action"].
 */
export function jsonProtocolDenial(e: AwsError): AwsError {
  if (e.code !== "AccessDenied") return e;
  const err = new AwsError("AccessDeniedException", e.message, e.details);
  const d = decisions.get(e);
  if (d) decisions.set(err, d);
  return err;
}
