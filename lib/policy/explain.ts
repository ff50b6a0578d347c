// The texts a denial is reported with: the API's AccessDenied message (spec §5.6) and the console
// alert's "Context:" line (console-spec §1). Both read the same EvaluationResult.
import type { EvaluationRequest, EvaluationResult } from "./evaluate/request";
import { accessDeniedText, denialContextText, denialSuffix } from "./messages";

// STS answers AssumeRole-family denials without a reason suffix [OBS, spec §5.6].
const STS_NO_SUFFIX = new Set(["sts:assumerole", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext"]);

export interface MessageOptions {
  /** "auto" (default): no suffix for sts:AssumeRole/TagSession/SetSourceIdentity, as STS does;
   *  "always": the documented form with the reason, e.g. "because no role trust policy allows …". */
  suffix?: "auto" | "always" | "never";
}

/** AWS's AccessDenied text; empty for an Allowed result. */
export function accessDeniedMessage(req: EvaluationRequest, res: EvaluationResult, opts?: MessageOptions): string {
  if (res.decision === "Allowed" || !res.deniedBy) return "";
  const mode = opts?.suffix ?? "auto";
  const withSuffix = mode === "always" || (mode === "auto" && !STS_NO_SUFFIX.has(req.action.toLowerCase()));
  const suffix = withSuffix ? denialSuffix(res.deniedBy, res.decision === "ExplicitDeny", req.action) : undefined;
  return accessDeniedText(req.principal.arn, req.action, req.resource, suffix);
}

/** The console alert's "Context:" value, e.g. "no identity-based policy allows the action"; empty when Allowed. */
export function denialContext(res: EvaluationResult): string {
  if (res.decision === "Allowed" || !res.deniedBy) return "";
  return denialContextText(res.deniedBy, res.decision === "ExplicitDeny");
}
