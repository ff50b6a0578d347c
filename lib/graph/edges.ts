// "Can assume" edges, decided by the real engine through the one door (decideRequest): the request
// is the one AssumeRole* would make (lib/sts: assumeRoleTrustRequest / federatedTrustRequest), for
// each candidate context from the fewest requirements up (contexts.ts); the first allowed one is the
// edge's minimal context and gives its chips.
import { decideRequest, type AccessDecision } from "@/lib/authz/decide";
import { assembleAnonymousRequest, assembleRequest } from "@/lib/authz/request";
import { createContext, type CompiledPolicy, type ContextValue, type EvaluationRequest, type RequestContext } from "@/lib/policy";
import { assumeRoleTrustRequest } from "@/lib/sts/assume-role";
import { federatedTrustRequest } from "@/lib/sts/federated-trust";
import type { EdgeChip, GraphEdge } from "./types";
import { candidates, collectKeys, DEFAULT_SOURCE_IP, mergeKeys, type Candidate, type KeyValues } from "./contexts";
import type { GraphRole } from "./load";
import type { IamSource } from "./sources";

export const ASSUME = "sts:AssumeRole";
export const WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
export const SAML = "sts:AssumeRoleWithSAML";

export function edgeId(kind: string, source: string, target: string): string {
  return `${kind}|${source}|${target}`;
}

/** What the decision needs besides the source: the role's account RCPs and a fixed clock. */
export interface EdgeEnv {
  rcpsOf: (accountId: string) => CompiledPolicy[][] | undefined;
  now: Date;
}

interface Tried {
  decision: AccessDecision;
  candidate: Candidate;
  context: Record<string, ContextValue | undefined>;
}

/**
 * The context assembleRequest builds is the caller's keys (the same for every role a source is tried
 * against) plus the request's own: assembled once per source and MFA/IP state, then layered under
 * each request's keys — what `{ ...callerKeys, ...requestKeys }` gives, without rebuilding twenty
 * keys per candidate. The request keys never unset a caller key, so layering is exact.
 */
class LayeredContext implements RequestContext {
  constructor(
    private readonly top: RequestContext,
    private readonly base: RequestContext,
  ) {}

  get(key: string): ContextValue | undefined {
    return this.top.get(key) ?? this.base.get(key);
  }

  keys(): string[] {
    const top = this.top.keys();
    const seen = new Set(top.map((k) => k.toLowerCase()));
    return [...top, ...this.base.keys().filter((k) => !seen.has(k.toLowerCase()))];
  }
}

const baseRequests = new WeakMap<IamSource, Map<string, EvaluationRequest>>();

function baseRequest(src: IamSource, c: Candidate, env: EdgeEnv): EvaluationRequest {
  let byState = baseRequests.get(src);
  if (!byState) baseRequests.set(src, (byState = new Map()));
  const key = `${c.mfa}|${c.sourceIp ?? ""}|${env.now.getTime()}`;
  let base = byState.get(key);
  if (!base) byState.set(key, (base = assembleRequest(src.caller(c.mfa, c.sourceIp), src.policies, undefined, ASSUME, "*", { now: env.now })));
  return base;
}

function iamRequest(src: IamSource, role: GraphRole, c: Candidate, env: EdgeEnv) {
  const { actions, context } = assumeRoleTrustRequest(role, {
    roleSessionName: c.sessionName ?? src.name,
    externalId: c.externalId,
    sourceIdentity: c.sourceIdentity,
    passedTags: c.tags,
    passedTransitive: [],
    sessionTags: c.tags,
    mfaVerified: c.mfa === "true",
  });
  const base = baseRequest(src, c, env);
  const request: EvaluationRequest = {
    ...base,
    action: actions[0],
    resource: role.arn,
    resourceAccountId: role.accountId,
    context: new LayeredContext(createContext(context), base.context),
    resourcePolicy: role.trust ?? undefined,
    rcps: env.rcpsOf(role.accountId),
  };
  return { actions, context, request };
}

const sourceKeys = new WeakMap<IamSource, KeyValues>();
const roleKeys = new WeakMap<GraphRole, KeyValues>();

/** Every policy whose conditions can matter to this pair: the source's, then the role's side. */
function keysFor(src: IamSource, role: GraphRole, env: EdgeEnv): KeyValues {
  let a = sourceKeys.get(src);
  if (!a) {
    const p = src.policies;
    sourceKeys.set(src, (a = collectKeys([...p.identity, p.boundary, ...(p.scps ?? []).flat()])));
  }
  let b = roleKeys.get(role);
  if (!b) roleKeys.set(role, (b = collectKeys([role.trust ?? undefined, ...(env.rcpsOf(role.accountId) ?? []).flat()])));
  return mergeKeys(a, b);
}

/** The minimal allowed context of src → role, or undefined when no candidate is allowed. */
export function tryIamEdge(src: IamSource, role: GraphRole, env: EdgeEnv, explain = false): (Tried & { kv: KeyValues }) | undefined {
  return attempt(src, role, env, explain).allowed;
}

/** The decisions for each candidate context until one is allowed; the baseline's when none is. */
function attempt(src: IamSource, role: GraphRole, env: EdgeEnv, explain = false): { allowed?: Tried & { kv: KeyValues }; baseline?: Tried } {
  if (!role.trust) return {};
  const kv = keysFor(src, role, env);
  let baseline: Tried | undefined;
  for (const c of candidates(kv, src.mfaStates)) {
    const { actions, context, request } = iamRequest(src, role, c, env);
    const decision = decideRequest(request, actions, { explainAllowed: explain, briefDenials: !explain });
    if (decision.allowed) return { allowed: { decision, candidate: c, context, kv } };
    baseline ??= { decision, candidate: c, context };
  }
  return { baseline };
}

/** Denials the caller's side decided (the trust would let it in): the debug view's "trusted but identity-denied". */
const CALLER_SIDE = new Set(["identity", "boundary", "session", "scp"]);

function trustReferences(role: GraphRole, key: string): boolean {
  const k = key.toLowerCase();
  return (role.trust?.parsed.statements ?? []).some((st) => Object.values(st.condition ?? {}).some((b) => Object.keys(b).some((x) => x.toLowerCase() === k)));
}

function chipsOf(c: Candidate, role: GraphRole, orgId: string | undefined, crossAccount: boolean): EdgeChip[] {
  const chips: EdgeChip[] = [];
  if (c.mfa === "true") chips.push({ kind: "MFA" });
  if (c.externalId !== undefined) chips.push({ kind: "ExternalId", value: c.externalId });
  if (c.sourceIdentity !== undefined) chips.push({ kind: "SourceIdentity", value: c.sourceIdentity });
  if (c.sessionName !== undefined) chips.push({ kind: "RoleSessionName", value: c.sessionName });
  else if (trustReferences(role, "sts:RoleSessionName")) chips.push({ kind: "RoleSessionName" });
  for (const t of c.tags) chips.push({ kind: "tag", key: t.Key, value: t.Value });
  if (c.cidr) chips.push({ kind: "SourceIp", cidr: c.cidr });
  if (orgId && trustReferences(role, "aws:PrincipalOrgID")) chips.push({ kind: "PrincipalOrgID", value: orgId });
  if (crossAccount) chips.push({ kind: "cross-account" });
  return chips;
}

/** The request keys a caller chose (what the simulator needs to replay the edge). */
function chosenContext(c: Candidate, sessionName: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { "sts:RoleSessionName": c.sessionName ?? sessionName };
  if (c.mfa !== "absent") out["aws:MultiFactorAuthPresent"] = c.mfa;
  if (c.externalId !== undefined) out["sts:ExternalId"] = c.externalId;
  if (c.sourceIdentity !== undefined) out["sts:SourceIdentity"] = c.sourceIdentity;
  for (const t of c.tags) out[`aws:RequestTag/${t.Key}`] = t.Value;
  if (c.tags.length) out["aws:TagKeys"] = c.tags.map((t) => t.Key);
  out["aws:SourceIp"] = c.sourceIp ?? DEFAULT_SOURCE_IP;
  return out;
}

export function iamEdge(src: IamSource, role: GraphRole, env: EdgeEnv): GraphEdge | undefined {
  const { allowed: tried, baseline } = attempt(src, role, env);
  const crossAccount = src.accountId !== role.accountId;
  if (!tried) {
    if (!baseline || !CALLER_SIDE.has(baseline.decision.deniedBy ?? "")) return undefined;
    return {
      id: edgeId("trusted-but-denied", src.nodeId, role.arn),
      kind: "trusted-but-denied",
      source: src.nodeId,
      target: role.arn,
      action: ASSUME,
      chips: crossAccount ? [{ kind: "cross-account" }] : [],
      crossAccount,
      context: chosenContext(baseline.candidate, src.name),
    };
  }
  return {
    id: edgeId("can-assume", src.nodeId, role.arn),
    kind: "can-assume",
    source: src.nodeId,
    target: role.arn,
    action: ASSUME,
    chips: chipsOf(tried.candidate, role, src.policies.orgId, crossAccount),
    crossAccount,
    context: chosenContext(tried.candidate, src.name),
  };
}

// ----------------------------------------------------------------------------- services

/** A service principal: the trust policy only (spec §3.1), as the service presents itself. */
export function serviceRequest(service: string, role: Pick<GraphRole, "arn" | "accountId" | "trust">, now: Date): EvaluationRequest {
  return {
    principal: { kind: "service", arn: service, accountId: "", service },
    action: ASSUME,
    resource: role.arn,
    resourceAccountId: role.accountId,
    context: createContext({
      "aws:PrincipalIsAWSService": "true",
      "aws:PrincipalServiceName": service,
      "aws:ResourceAccount": role.accountId,
      "aws:CurrentTime": now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    }),
    identityPolicies: [],
    resourcePolicy: role.trust ?? undefined,
  };
}

export function serviceEdge(service: string, role: GraphRole, now: Date, explain = false): { edge: GraphEdge; decision: AccessDecision } | undefined {
  const decision = decideRequest(serviceRequest(service, role, now), [ASSUME], { explainAllowed: explain });
  if (!decision.allowed) return undefined;
  return {
    decision,
    edge: { id: edgeId("can-assume", service, role.arn), kind: "can-assume", source: service, target: role.arn, action: ASSUME, chips: [], crossAccount: false },
  };
}

// ----------------------------------------------------------------------------- identity providers

export interface FederatedSource {
  /** The trust policy's "Federated" value: a provider ARN or a built-in name (accounts.google.com). */
  principal: string;
  kind: "OIDC" | "SAML";
  /** OIDC: the issuer without scheme (the claim keys' prefix). */
  hostPath: string;
  clientIds: string[];
}

const SAML_AUDIENCE = "https://signin.aws.amazon.com/saml";

/** Claim keys and their candidate values: the literals the trust tests, else a stand-in. */
function claimOptions(src: FederatedSource, kv: KeyValues): { key: string; chip: "aud" | "sub"; values: string[]; tested: boolean }[] {
  const prefix = src.kind === "SAML" ? "saml" : src.hostPath.toLowerCase();
  const out = [];
  for (const chip of ["aud", "sub"] as const) {
    const key = `${prefix}:${chip}`;
    const literals = kv.claims.get(key) ?? [];
    const fallback = chip === "aud" ? (src.kind === "SAML" ? SAML_AUDIENCE : (src.clientIds[0] ?? "graph-client")) : "graph-subject";
    out.push({ key: src.kind === "SAML" ? `SAML:${chip}` : `${src.hostPath}:${chip}`, chip, values: literals.length ? literals : [fallback], tested: kv.claims.has(key) });
  }
  return out;
}

export function federatedEdge(src: FederatedSource, role: GraphRole, env: EdgeEnv, explain = false): { edge: GraphEdge; decision: AccessDecision } | undefined {
  if (!role.trust) return undefined;
  const action = src.kind === "SAML" ? SAML : WEB_IDENTITY;
  const options = claimOptions(src, collectKeys([role.trust]));
  const [aud, sub] = options;
  for (const a of aud.values) {
    for (const s of sub.values) {
      const context: Record<string, ContextValue | undefined> = { "sts:RoleSessionName": "graph", "aws:FederatedProvider": src.principal, [aud.key]: a, [sub.key]: s };
      const actions = federatedTrustRequest(role, { action, context, tags: [], transitive: [], sourceIdentity: undefined });
      const request = assembleAnonymousRequest({ kind: "anonymous", federatedProvider: src.principal, sourceIp: DEFAULT_SOURCE_IP }, env.rcpsOf(role.accountId), action, role.arn, {
        resourcePolicy: role.trust,
        resourceAccountId: role.accountId,
        context,
        now: env.now,
      });
      const decision = decideRequest(request, actions, { explainAllowed: explain });
      if (!decision.allowed) continue;
      const chips: EdgeChip[] = [];
      if (aud.tested) chips.push({ kind: "aud", value: a });
      if (sub.tested) chips.push({ kind: "sub", value: s });
      const edge: GraphEdge = {
        id: edgeId("can-assume", src.principal, role.arn),
        kind: "can-assume",
        source: src.principal,
        target: role.arn,
        action,
        chips,
        crossAccount: false,
        context: { [aud.key]: a, [sub.key]: s },
      };
      return { edge, decision };
    }
  }
  return undefined;
}

/** A trusted-but-denied edge's decision in its baseline context, with the engine's explanation of the denial. */
export function deniedExplanation(src: IamSource, role: GraphRole, env: EdgeEnv, edge: GraphEdge): { edge: GraphEdge; decision: AccessDecision; source: IamSource; role: GraphRole } | undefined {
  const baseline = attempt(src, role, env, true).baseline;
  return baseline && { edge, decision: baseline.decision, source: src, role };
}
