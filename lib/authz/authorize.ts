// authorize(): the choke point every lib/iam and lib/sts function passes before touching data, for
// console and wire callers alike: decide() (the one door) and, when denied, the one AccessDenied
// factory, so a denial reads the same everywhere.
import type { Caller } from "./caller";
import { fixedRuleDenial } from "@/lib/policy/fixed-rules";
import { accessDenied, deniedByRule } from "./access-denied";
import { decide } from "./decide";
import { principalInfo, type AuthorizeOptions } from "./request";

export { buildRequest, principalInfo, type AuthorizeOptions } from "./request";
export { decide, type AccessDecision } from "./decide";

/** Throws AwsError AccessDenied (with the engine's explanation in details) unless the call is allowed. */
export async function authorize(caller: Caller, action: string, resource: string, opts: AuthorizeOptions = {}): Promise<void> {
  const decision = await decide(caller, action, resource, opts);
  if (!decision.allowed) throw accessDenied(decision);
}

/**
 * Refuses what a fixed rule of the service refuses this caller (root cannot assume roles, temporary
 * credentials that may not call an STS operation), before anything is looked up; the engine applies
 * the same table to every decision.
 */
export function refuseByFixedRule(caller: Caller, action: string, resource: string): void {
  const rule = fixedRuleDenial({ principal: principalInfo(caller), action, resource, mfa: caller.mfa });
  if (rule) throw deniedByRule(rule);
}
