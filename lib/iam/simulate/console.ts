// The console's Policy Simulator (observability-spec §2): a run of the page's selections through the
// same pieces SimulatePrincipalPolicy / SimulateCustomPolicy use, authorized as they are (the
// Principal variant on the source ARN, the Custom variant on "*"), with what the wire APIs do not
// give: the page's included (possibly edited, never saved) policies in place of the stored ones,
// per-action resources, which policy types were applied, and for sts:AssumeRole* on a role the
// caller may read both sides of the decision with AWS's identity-only answer beside them.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { evaluate, parsePolicy, type CompiledPolicy, type ConditionDetail, type EvaluationRequest, type EvaluationResult, type ParsedPolicy, type PolicyType } from "@/lib/policy";
import { rcpApplies } from "@/lib/policy/evaluate/rcp-services";
import { contextKeysOf } from "@/lib/iam/context-keys";
import { assumeRoleSides, isTrustDecided, type AssumeRoleSides, type SideDecision, type SideStatement } from "./both-sides";
import { statementSpans, type StatementSpan } from "./positions";
import {
  baseRequest,
  checkResourceArns,
  compileInput,
  contextFrom,
  parseResourceOwner,
  policySourceFor,
  readableTrust,
  simulatedUser,
  type ContextEntry,
  type Simulation,
  type Spans,
} from "./input";
import { missingContextKeys } from "./simulate";
import { serverNow } from "@/lib/server-now";

export interface ConsolePolicyInput {
  /** The page's id for the policy (what MatchedStatements name back). */
  id: string;
  name: string;
  type: "identity" | "boundary";
  document: string;
}

export interface ConsoleSimulationInput {
  /** Existing Policies mode: the user, group or role; absent in New Policy mode (the sandbox). */
  source?: string;
  policies: ConsolePolicyInput[];
  items: { action: string; resources: string[] }[];
  /** For users (and the sandbox) only, as AWS's simulator offers it. */
  resourcePolicy?: string;
  resourceOwner?: string;
  /** SimulateCustomPolicy's / SimulatePrincipalPolicy's CallerArn: the IAM user simulated as the caller. */
  callerArn?: string;
  context: ContextEntry[];
  /** The "AWS Organizations SCPs" checkbox (default on). */
  includeScps?: boolean;
}

/** A matched statement; `span` locates it in the document the page sent (or the trust policy shown). */
export interface ConsoleMatch extends SideStatement {
  span?: StatementSpan;
  /** Each condition of the statement with the request's value and its outcome (spec §2.3, a clone extension). */
  conditions?: ConditionDetail[];
}

export interface AppliedPolicyTypes {
  permissionsBoundary: boolean;
  sessionPolicies: boolean;
  scps: boolean;
  rcps: boolean;
  resourcePolicy: boolean;
  trustPolicy: boolean;
}

export interface ConsoleTrustSide extends Omit<AssumeRoleSides, "identity" | "trust"> {
  roleArn: string;
  trustPolicyId: string;
  trustDocument: string;
  identity: { decision: SideDecision; statements: ConsoleMatch[] };
  trust: Omit<AssumeRoleSides["trust"], "statements"> & { statements: ConsoleMatch[] };
}

export interface ConsoleResult {
  action: string;
  resource: string;
  decision: SideDecision;
  matched: ConsoleMatch[];
  missingContextValues: string[];
  applied: AppliedPolicyTypes;
  /** sts:AssumeRole* / TagSession / SetSourceIdentity on a role: both sides. */
  assumeRole?: ConsoleTrustSide;
  /** Why the trust policy was not evaluated for such an action (another account's, unreadable, …). */
  trustNote?: string;
}

const DECISION = { Allowed: "allowed", ExplicitDeny: "explicitDeny", ImplicitDeny: "implicitDeny" } as const;

function matchOf(
  policy: { id: string; name?: string; type: PolicyType | string },
  statementIndex: number,
  sid: string | undefined,
  effect: "Allow" | "Deny",
  spans: Spans,
  conditions?: ConditionDetail[],
): ConsoleMatch {
  const match: ConsoleMatch = { policyId: policy.id, policyName: policy.name, policyType: String(policy.type), statementIndex, sid, effect, span: spans.get(policy.id)?.[statementIndex] };
  if (conditions?.length) match.conditions = conditions;
  return match;
}

function appliedOf(request: EvaluationRequest): AppliedPolicyTypes {
  return {
    permissionsBoundary: Boolean(request.permissionsBoundary),
    sessionPolicies: Boolean(request.sessionPolicies),
    scps: Boolean(request.scps?.length),
    rcps: Boolean(request.rcps?.length && rcpApplies(request.action)),
    resourcePolicy: Boolean(request.resourcePolicy && request.resourcePolicy.ref.type !== "trust"),
    trustPolicy: request.resourcePolicy?.ref.type === "trust",
  };
}

async function simulationFor(caller: Caller, input: ConsoleSimulationInput): Promise<Simulation> {
  if (input.source === undefined) {
    await authorize(caller, "iam:SimulateCustomPolicy", "*");
    // Without CallerArn the calling identity is simulated, as SimulateCustomPolicy does.
    return { principal: input.callerArn ? await simulatedUser(caller, input.callerArn) : caller };
  }
  await authorize(caller, "iam:SimulatePrincipalPolicy", input.source);
  const source = await policySourceFor(input.source);
  if (input.resourcePolicy && /:role\//.test(input.source))
    throw new AwsError("InvalidInput", "A resource-based policy can be simulated for users only, not roles.");
  // A role's simulation runs as its session; a group's as the group, as SimulatePrincipalPolicy does.
  // CallerArn, when given, is the simulated caller instead of the source (API_SimulatePrincipalPolicy).
  const principal: Caller = input.callerArn
    ? await simulatedUser(caller, input.callerArn)
    : source.kind === "caller"
      ? source.subject
      : { kind: "user", accountId: source.accountId, arn: source.arn, userName: source.name, mfa: false, via: "api" };
  return { principal, source, replaceStored: true };
}

function indented(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** One simulation per action and resource, in the page's order. */
export async function runConsoleSimulation(caller: Caller, input: ConsoleSimulationInput): Promise<{ results: ConsoleResult[] }> {
  const sim = await simulationFor(caller, input);
  const spans: Spans = new Map();
  const identity: CompiledPolicy[] = [];
  let boundary: CompiledPolicy | undefined;
  for (const p of input.policies) {
    const compiled = compileInput(p.document, p.type, p.id, spans, p.name);
    if (p.type === "boundary") boundary ??= compiled;
    else identity.push(compiled);
  }
  const allResources = input.items.flatMap((i) => (i.resources.length ? i.resources : ["*"]));
  checkResourceArns(allResources);
  const owner = input.resourceOwner ? parseResourceOwner(input.resourceOwner) : undefined;
  const resourcePolicy = input.resourcePolicy ? compileInput(input.resourcePolicy, "resource", "ResourcePolicy", spans) : undefined;
  const context = contextFrom(input.context);
  const now = serverNow();
  const bases = new Map<string, EvaluationRequest>();
  const trusts = new Map<string, Awaited<ReturnType<typeof readableTrust>>>();
  const results: ConsoleResult[] = [];
  for (const item of input.items) {
    for (const resource of item.resources.length ? item.resources : ["*"]) {
      if (!bases.has(resource)) bases.set(resource, await baseRequest(sim, resource, owner, context, now));
      const base = bases.get(resource) as EvaluationRequest;
      const request: EvaluationRequest = {
        ...base,
        action: item.action,
        identityPolicies: [...base.identityPolicies, ...identity],
        permissionsBoundary: boundary ?? base.permissionsBoundary,
        resourcePolicy,
        scps: input.includeScps === false ? undefined : base.scps,
      };
      let result: EvaluationResult;
      let assumeRole: ConsoleTrustSide | undefined;
      let trustNote: string | undefined;
      if (isTrustDecided(item.action, resource) && !resourcePolicy) {
        if (!trusts.has(resource)) trusts.set(resource, await readableTrust(caller, resource));
        const trust = trusts.get(resource);
        if (trust) {
          // Shown indented, one element a line, so that a statement's lines can be highlighted.
          const shown = indented(trust.document);
          spans.set(trust.policy.ref.id, statementSpans(shown));
          const { result: combined, ...sides } = assumeRoleSides(request, trust.policy);
          result = combined;
          request.resourcePolicy = trust.policy;
          const toMatch = (s: AssumeRoleSides["trust"]["statements"][number]) =>
            matchOf({ id: s.policyId, name: s.policyName, type: s.policyType }, s.statementIndex, s.sid, s.effect, spans);
          assumeRole = {
            ...sides,
            roleArn: resource,
            trustPolicyId: trust.policy.ref.id,
            trustDocument: shown,
            identity: { decision: sides.identity.decision, statements: sides.identity.statements.map(toMatch) },
            trust: { ...sides.trust, statements: sides.trust.statements.map(toMatch) },
          };
        } else {
          result = evaluate(request, { explain: true });
          trustNote = "The role's trust policy was not evaluated: it is not a role of your account that you may read (iam:GetRole). The result is the identity side only, as AWS's simulator reports it.";
        }
      } else {
        result = evaluate(request, { explain: true });
      }
      results.push({
        action: item.action,
        resource,
        decision: DECISION[result.decision],
        matched: result.reasons.map((r) => matchOf(r.policy, r.statementIndex, r.sid, r.effect, spans, r.conditions)),
        missingContextValues: [...missingContextKeys(result.explanation)],
        applied: appliedOf(request),
        ...(assumeRole ? { assumeRole } : {}),
        ...(trustNote ? { trustNote } : {}),
      });
    }
  }
  return { results };
}

function parseDocument(text: string, type: PolicyType): ParsedPolicy {
  const parsed = parsePolicy(text, type, { maxSize: Number.POSITIVE_INFINITY });
  if (!parsed.ok) throw new AwsError(parsed.error.code === "LimitExceeded" ? "LimitExceeded" : "MalformedPolicyDocument", parsed.error.message);
  return parsed.policy;
}

/**
 * The Global Settings' keys: those the included policies use, as GetContextKeysFor…Policy lists them
 * (authorized as those are), plus those of the trust policies of the roles an AssumeRole-family action
 * names (readable ones only), since the page evaluates those too.
 */
export async function consoleContextKeys(
  caller: Caller,
  input: { source?: string; policies: { type: "identity" | "boundary"; document: string }[]; items: { action: string; resources: string[] }[] },
): Promise<{ ContextKeyNames: string[]; TrustContextKeyNames: string[] }> {
  if (input.source === undefined) await authorize(caller, "iam:GetContextKeysForCustomPolicy", "*");
  else await authorize(caller, "iam:GetContextKeysForPrincipalPolicy", input.source);
  const keys = contextKeysOf(input.policies.map((p) => parseDocument(p.document, p.type)));
  const trustDocs: ParsedPolicy[] = [];
  const seen = new Set<string>();
  for (const item of input.items) {
    for (const resource of item.resources) {
      if (seen.has(resource) || !isTrustDecided(item.action, resource)) continue;
      seen.add(resource);
      const trust = await readableTrust(caller, resource);
      if (trust) trustDocs.push(parseDocument(trust.document, "trust"));
    }
  }
  const known = new Set(keys.map((k) => k.toLowerCase()));
  return { ContextKeyNames: keys, TrustContextKeyNames: contextKeysOf(trustDocs).filter((k) => !known.has(k.toLowerCase())) };
}
