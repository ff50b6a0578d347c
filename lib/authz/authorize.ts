// authorize(): the choke point every lib/iam and lib/sts function passes before touching data, for
// console and wire callers alike: decide() (the one door) and, when denied, the one AccessDenied
// factory, so a denial reads the same everywhere.
import type { Caller } from "./caller";
import { accessDenied } from "./access-denied";
import { decide } from "./decide";
import type { AuthorizeOptions } from "./request";

export { buildRequest, principalInfo, type AuthorizeOptions } from "./request";
export { decide, type AccessDecision } from "./decide";

/** Throws AwsError AccessDenied (with the engine's explanation in details) unless the call is allowed. */
export async function authorize(caller: Caller, action: string, resource: string, opts: AuthorizeOptions = {}): Promise<void> {
  const decision = await decide(caller, action, resource, opts);
  if (!decision.allowed) throw accessDenied(decision);
}
