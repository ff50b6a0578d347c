// The console simulator's extension (observability-spec §2.3): for sts:AssumeRole*, sts:TagSession
// and sts:SetSourceIdentity on a role, both sides of the decision. AWS's simulator answers the
// identity side only and ignores the role's trust policy (aws/aws-cli#10314); the verdict here is the
// engine's own, the same evaluate() AssumeRole runs with the trust policy as the mandatory resource
// policy (sts-policy-spec §4.3), so a page verdict is the decision a real AssumeRole would get.
// This file only splits that one evaluation into what each side said.
import { evaluate, type CompiledPolicy, type DeniedBy, type EvaluationRequest, type EvaluationResult, type StatementMatch } from "@/lib/policy";
import { rcpApplies } from "@/lib/policy/evaluate/rcp-services";
import { missingContextKeys } from "./simulate";

export type SideDecision = "allowed" | "explicitDeny" | "implicitDeny";

const TRUST_ACTION = /^sts:(assumerole[a-z]*|tagsession|setsourceidentity)$/i;
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\//;

/** An action whose authorization includes the role's trust policy, on a role ARN. */
export function isTrustDecided(action: string, resource: string): boolean {
  return TRUST_ACTION.test(action) && ROLE_ARN.test(resource);
}

/** Trust keys whose absence a trainee most often trips on: MFA, ExternalId, SourceIdentity (spec §4.5, §4.6). */
const NOTED_TRUST_KEYS = /^(aws:MultiFactorAuthPresent|aws:MultiFactorAuthAge|sts:ExternalId|sts:SourceIdentity)$/i;

export interface SideStatement {
  policyId: string;
  policyName?: string;
  policyType: string;
  statementIndex: number;
  sid?: string;
  effect: "Allow" | "Deny";
}

export interface AssumeRoleSides {
  /** The engine's verdict with the trust policy in (sts-policy-spec §4.3). */
  decision: SideDecision;
  /** What AWS's simulator answers: the identity side alone. */
  awsDecision: SideDecision;
  crossAccount: boolean;
  /** Why the verdict is what it is, in one sentence. */
  rule: string;
  identity: { decision: SideDecision; statements: SideStatement[] };
  trust: {
    decision: SideDecision;
    statements: SideStatement[];
    /** The trust policy's matching Allow names the principal (user, role, session or "*"), not only its account. */
    namesPrincipal: boolean;
    rcpsApplied: boolean;
    /** Keys the trust policy (or an RCP) tests that the simulation has no value for. */
    missingContextValues: string[];
    /** Of those, the MFA / ExternalId / SourceIdentity keys. */
    missingNotedKeys: string[];
  };
}

const DECISION: Record<EvaluationResult["decision"], SideDecision> = { Allowed: "allowed", ExplicitDeny: "explicitDeny", ImplicitDeny: "implicitDeny" };

function statementOf(m: StatementMatch): SideStatement {
  return { policyId: m.policy.id, policyName: m.policy.name, policyType: m.policy.type, statementIndex: m.statementIndex, sid: m.sid, effect: m.effect };
}

/** The statements of `roles` that matched, from an explained evaluation. */
function matchedOf(result: EvaluationResult, roles: readonly DeniedBy[]): (SideStatement & { level?: string; orgLevel?: number; role: DeniedBy })[] {
  const out: (SideStatement & { level?: string; orgLevel?: number; role: DeniedBy })[] = [];
  for (const p of result.explanation ?? []) {
    if (!roles.includes(p.role) || !p.applies) continue;
    for (const s of p.statements) {
      if (!s.matched) continue;
      out.push({ policyId: p.policy.id, policyName: p.policy.name, policyType: p.policy.type, statementIndex: s.statementIndex, sid: s.sid, effect: s.effect, level: s.principalLevel, orgLevel: p.orgLevel, role: p.role });
    }
  }
  return out;
}

/** Every RCP level holds a matching Allow (true when no RCP applies to the action). */
function rcpLevelsAllow(request: EvaluationRequest, matched: ReturnType<typeof matchedOf>): boolean {
  if (!request.rcps || !rcpApplies(request.action)) return true;
  return request.rcps.every((_, level) => matched.some((m) => m.role === "rcp" && m.orgLevel === level && m.effect === "Allow"));
}

function ruleFor(sides: Omit<AssumeRoleSides, "rule">, deniedBy: DeniedBy | undefined): string {
  if (sides.decision === "explicitDeny")
    return `An explicit Deny in the ${deniedBy === "trust" ? "trust policy" : deniedBy === "rcp" ? "RCPs" : deniedBy === "scp" ? "SCPs" : deniedBy === "boundary" ? "permissions boundary" : "identity policies"} decides: denied, whatever the other side allows.`;
  if (sides.crossAccount) return "Cross-account: the identity side (caller's account) and the trust side (role's account) must both allow.";
  if (sides.trust.namesPrincipal)
    return "Same account: the trust policy names the principal, so it grants on its own; explicit denies, SCPs and the permissions boundary still apply.";
  return "Same account: the trust policy names only the account (delegation), so the identity side must allow too.";
}

/**
 * Both sides of `base` (a simulation request for a trust-decided action on a role): the identity
 * side as AWS's simulator evaluates it (identity policies, boundary, session policies, SCPs, with no
 * resource policy and the resource taken as the caller's own), the trust side (trust policy, RCPs),
 * and the engine's verdict with the trust policy in.
 */
export function assumeRoleSides(base: EvaluationRequest, trust: CompiledPolicy): AssumeRoleSides & { result: EvaluationResult } {
  const identityOnly = evaluate(
    { ...base, resourcePolicy: undefined, rcps: undefined, resourceAccountId: base.principal.accountId },
    { explain: true },
  );
  const combined = evaluate({ ...base, resourcePolicy: trust }, { explain: true });
  const trustMatched = matchedOf(combined, ["trust", "rcp"]);
  const trustDeny = trustMatched.some((m) => m.effect === "Deny");
  const trustAllows = trustMatched.filter((m) => m.role === "trust" && m.effect === "Allow");
  const trustDecision: SideDecision = trustDeny ? "explicitDeny" : trustAllows.length > 0 && rcpLevelsAllow(base, trustMatched) ? "allowed" : "implicitDeny";
  const missing = [...missingContextKeys(combined.explanation, ["trust", "rcp"])];
  const resourceAccount = base.resourceAccountId ?? /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(base.resource)?.[1] ?? base.principal.accountId;
  const identityStatements = identityOnly.decision === "ImplicitDeny" ? [] : identityOnly.reasons.map(statementOf);
  const sides: Omit<AssumeRoleSides, "rule"> = {
    decision: DECISION[combined.decision],
    awsDecision: DECISION[identityOnly.decision],
    crossAccount: resourceAccount !== base.principal.accountId,
    identity: { decision: DECISION[identityOnly.decision], statements: identityStatements },
    trust: {
      decision: trustDecision,
      statements: trustMatched.map(({ level: _level, orgLevel: _orgLevel, role: _role, ...s }) => s),
      namesPrincipal: trustAllows.some((m) => m.level !== undefined && m.level !== "account"),
      rcpsApplied: Boolean(base.rcps && rcpApplies(base.action)),
      missingContextValues: missing,
      missingNotedKeys: missing.filter((k) => NOTED_TRUST_KEYS.test(k)),
    },
  };
  return { ...sides, rule: ruleFor(sides, combined.deniedBy), result: combined };
}
