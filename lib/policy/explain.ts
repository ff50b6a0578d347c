// The texts a denial is reported with: the API's AccessDenied message (spec §5.6) and the console
// alert's "Context:" line (console-spec §1). Both read the same EvaluationResult.
import type { EvaluationRequest, EvaluationResult } from "./evaluate/request";
import { accessDeniedText, denialContextText, denialSuffix, DENY_NAMES_POLICY_ARN } from "./messages";

// STS answers AssumeRole-family denials without a reason suffix [OBS, spec §5.6].
const STS_NO_SUFFIX = new Set(["sts:assumerole", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext"]);

export interface MessageOptions {
  /** "auto" (default): no suffix for sts:AssumeRole/TagSession/SetSourceIdentity, as STS does;
   *  "always": the documented form with the reason, e.g. "because no role trust policy allows …". */
  suffix?: "auto" | "always" | "never";
}

/** AWS's AccessDenied text; empty for an Allowed result. */
export function accessDeniedMessage(req: EvaluationRequest, res: EvaluationResult, opts?: MessageOptions): string {
  if (res.decision === "Allowed") return "";
  // A fixed rule of the service (root cannot assume roles) answers with its own sentence.
  if (res.rule) return res.rule;
  if (!res.deniedBy) return "";
  const mode = opts?.suffix ?? "auto";
  const withSuffix = mode === "always" || (mode === "auto" && !STS_NO_SUFFIX.has(req.action.toLowerCase()));
  const explicit = res.decision === "ExplicitDeny";
  const arn = explicit ? denyingPolicyArn(req, res) : undefined;
  const suffix = withSuffix ? denialSuffix(res.deniedBy, explicit, req.action, arn) : undefined;
  return accessDeniedText(req.principal.arn, req.action, req.resource, suffix);
}

const ACCOUNT_ID = /^\d{12}$/;
const ORG_OF_POLICY = /^arn:[^:]+:organizations::\d{12}:policy\/(o-[a-z0-9]+)\//;

function resourceAccount(req: EvaluationRequest): string {
  if (req.resourceAccountId) return req.resourceAccountId;
  const account = req.resource.split(":")[4];
  return account && ACCOUNT_ID.test(account) ? account : req.principal.accountId;
}

const contextString = (req: EvaluationRequest, key: string): string | undefined => {
  const v = req.context.get(key);
  return typeof v === "string" ? v : undefined;
};

/**
 * The ARN an explicit deny names: that of the first denying policy of the reported type, when it has
 * one (inline documents have none [INF]) and the request stays within one account or organization —
 * "The ARN of the denying policy is only provided in same-account and same-organization scenarios"
 * (AWS Security Blog, "Enhanced access denied error messages with policy ARNs"). An RCP belongs to
 * the resource's organization, so its ARN tells whether the caller is a member.
 */
function denyingPolicyArn(req: EvaluationRequest, res: EvaluationResult): string | undefined {
  const t = res.deniedBy;
  if (!t || !DENY_NAMES_POLICY_ARN.has(t)) return undefined;
  const arn = res.reasons.find((r) => r.effect === "Deny" && r.policy.type === t)?.policy.arn;
  if (!arn) return undefined;
  if (resourceAccount(req) === req.principal.accountId) return arn;
  const principalOrg = contextString(req, "aws:PrincipalOrgID");
  if (!principalOrg) return undefined;
  const resourceOrg = t === "rcp" ? ORG_OF_POLICY.exec(arn)?.[1] : contextString(req, "aws:ResourceOrgID");
  return resourceOrg === principalOrg ? arn : undefined;
}

/** The console alert's "Context:" value, e.g. "no identity-based policy allows the action"; empty when Allowed. */
export function denialContext(res: EvaluationResult): string {
  if (res.decision === "Allowed") return "";
  if (res.rule) return res.rule;
  if (!res.deniedBy) return "";
  return denialContextText(res.deniedBy, res.decision === "ExplicitDeny");
}
