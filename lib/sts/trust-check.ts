// The trust-side authorization of one AssumeRole call: sts:AssumeRole, plus sts:TagSession and
// sts:SetSourceIdentity when the call needs them, evaluated against one request built once (the
// caller's policies are loaded a single time however many actions are checked).
import { buildRequest } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { accessDeniedMessage, denialContext, evaluate, type CompiledPolicy, type ContextValue } from "@/lib/policy";

export async function authorizeTrust(
  caller: Caller,
  actions: string[],
  roleArn: string,
  opts: { resourcePolicy?: CompiledPolicy; resourceAccountId: string; context: Record<string, ContextValue | undefined>; now: Date },
): Promise<void> {
  const base = await buildRequest(caller, actions[0], roleArn, opts);
  for (const action of actions) {
    const request = action === base.action ? base : { ...base, action };
    if (evaluate(request).decision === "Allowed") continue;
    const explained = evaluate(request, { explain: true });
    throw new AwsError("AccessDenied", accessDeniedMessage(request, explained), {
      principalArn: caller.arn,
      action,
      resource: roleArn,
      context: denialContext(explained),
      decision: explained.decision,
      deniedBy: explained.deniedBy,
    });
  }
}

/** The denial AWS gives for a role that does not exist: indistinguishable from a trust denial. */
export function assumeDenied(caller: Caller, roleArn: string, action = "sts:AssumeRole"): AwsError {
  return new AwsError("AccessDenied", `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${roleArn}`, {
    principalArn: caller.arn,
    action,
    resource: roleArn,
  });
}
