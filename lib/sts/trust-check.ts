// The trust-side authorization of one AssumeRole call, through the one door (decide): sts:AssumeRole,
// plus sts:TagSession and sts:SetSourceIdentity when the call needs them, on one request built once.
// A denial never says why (deniedBy, explanation): a missing role must read exactly the same.
import { accessDenied, undisclosedDenial } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { decide } from "@/lib/authz/decide";
import type { AwsError } from "@/lib/errors";
import type { CompiledPolicy, ContextValue } from "@/lib/policy";

export async function authorizeTrust(
  caller: Caller,
  actions: string[],
  roleArn: string,
  opts: { resourcePolicy?: CompiledPolicy; resourceAccountId: string; context: Record<string, ContextValue | undefined>; now: Date },
): Promise<void> {
  const decision = await decide(caller, actions, roleArn, opts);
  if (!decision.allowed) throw accessDenied(decision, { disclose: false });
}

/** The denial AWS gives for a role that does not exist: indistinguishable from a trust denial. */
export function assumeDenied(caller: Caller, roleArn: string, action = "sts:AssumeRole"): AwsError {
  return undisclosedDenial(caller, action, roleArn);
}
