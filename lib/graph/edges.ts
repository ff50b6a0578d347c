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
import type { IamSource, SourceMemo } from "./sources";

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
}

/**
 * The context assembleRequest builds is the caller's keys (the same for every role a source is tried
 * against) plus the request's own: assembled once per source and MFA/IP state, then layered under
 * each request's keys — what `{ ...callerKeys, ...requestKeys }` gives, without rebuilding twenty
 * keys per candidate. The request keys never unset a caller key, so layering is exact. The request's
 * keys are themselves the session name (the source's) over the rest (the same for every source
 * tried against the role in that candidate context), in the order assumeRoleTrustRequest writes them.
 */
class PairContext implements RequestContext {
  constructor(
    private readonly sessionName: string,
    private readonly request: RequestContext,
    private readonly base: RequestContext,
  ) {}

  get(key: string): ContextValue | undefined {
    if (key.length === SESSION_NAME_KEY.length && key.toLowerCase() === SESSION_NAME_LOWER) return this.sessionName;
    return this.request.get(key) ?? this.base.get(key);
  }

  keys(): string[] {
    const top = [SESSION_NAME_KEY, ...this.request.keys()];
    const seen = new Set(top.map((k) => k.toLowerCase()));
    return [...top, ...this.base.keys().filter((k) => !seen.has(k.toLowerCase()))];
  }
}

const SESSION_NAME_KEY = "sts:RoleSessionName";
const SESSION_NAME_LOWER = SESSION_NAME_KEY.toLowerCase();

type MfaStates = IamSource["mfaStates"];

type Pair = { kv: KeyValues; candidates: Map<MfaStates, Candidate[]> };
type SharedRequest = { actions: string[]; context: RequestContext };

/**
 * What pairs share within one build (one EdgeEnv): condition-key sets by the documents they come
 * from (a team's users have the same policies; many roles the same trust text), so the candidate
 * contexts of a pair are worked out once per distinct pair of key sets, and the trust request of a
 * candidate once per role account and tags (all assumeRoleTrustRequest reads of the role).
 */
interface BuildMemo {
  sourceKeys: Map<string, KeyValues>;
  roleKeys: Map<string, KeyValues>;
  pairs: Map<KeyValues, Map<KeyValues, Pair>>;
  requests: Map<string, Map<Candidate, SharedRequest>>;
}
const buildMemos = new WeakMap<EdgeEnv, BuildMemo>();

function buildMemo(env: EdgeEnv): BuildMemo {
  let m = buildMemos.get(env);
  if (!m) buildMemos.set(env, (m = { sourceKeys: new Map(), roleKeys: new Map(), pairs: new Map(), requests: new Map() }));
  return m;
}

// Compiled documents by identity: two sources share key sets only when they hold the very same documents.
const docIds = new WeakMap<CompiledPolicy, number>();
let nextDocId = 0;
function docId(p: CompiledPolicy | undefined): string {
  if (!p) return "";
  let id = docIds.get(p);
  if (id === undefined) docIds.set(p, (id = ++nextDocId));
  return String(id);
}

/**
 * What the pairs of one role share; the build tries every source against a role in a row, so one
 * entry (the last role) is all the memo holds. Keyed by the environment too (its clock and RCPs).
 */
interface RoleMemo {
  role: GraphRole;
  env: EdgeEnv;
  rcps: CompiledPolicy[][] | undefined;
  keys: KeyValues;
  /** By the source's key set: the pair's keys and its candidate contexts per MFA state list. */
  bySource: Map<KeyValues, Pair>;
  /** By candidate: the trust request's actions and its keys but the session name. */
  requests: Map<Candidate, SharedRequest>;
  /** Lower-cased condition keys the trust policy tests (for the chips). */
  trustKeys: Set<string>;
}
let lastRole: RoleMemo | undefined;

function roleMemo(role: GraphRole, env: EdgeEnv): RoleMemo {
  if (lastRole && lastRole.role === role && lastRole.env === env) return lastRole;
  const rcps = env.rcpsOf(role.accountId);
  const trustKeys = new Set<string>();
  for (const st of role.trust?.parsed.statements ?? []) for (const block of Object.values(st.condition ?? {})) for (const k of Object.keys(block)) trustKeys.add(k.toLowerCase());
  const shared = buildMemo(env);
  // The trust text and the account's RCPs (one list per account in a build) are all the key set reads.
  const keysId = `${role.accountId}|${role.trustPolicy}`;
  let keys = shared.roleKeys.get(keysId);
  if (!keys) shared.roleKeys.set(keysId, (keys = collectKeys([role.trust ?? undefined, ...(rcps ?? []).flat()])));
  let bySource = shared.pairs.get(keys);
  if (!bySource) shared.pairs.set(keys, (bySource = new Map()));
  const requestsId = role.tags.length ? `${role.accountId}|${role.tags.map((t) => `${t.key}=${t.value}`).join("\n")}` : role.accountId;
  let requests = shared.requests.get(requestsId);
  if (!requests) shared.requests.set(requestsId, (requests = new Map()));
  lastRole = { role, env, rcps, keys, bySource, requests, trustKeys };
  return lastRole;
}

/** Every policy whose conditions can matter to this pair (the source's, then the role's side), and its candidate contexts. */
function candidatesFor(src: IamSource, memo: RoleMemo): { kv: KeyValues; list: Candidate[] } {
  const own = sourceMemo(src);
  if (!own.keys) {
    const p = src.policies;
    const docs = [...p.identity, p.boundary, ...(p.scps ?? []).flat()];
    const shared = buildMemo(memo.env).sourceKeys;
    const id = docs.map(docId).join(",");
    own.keys = shared.get(id);
    if (!own.keys) shared.set(id, (own.keys = collectKeys(docs)));
  }
  let pair = memo.bySource.get(own.keys);
  if (!pair) memo.bySource.set(own.keys, (pair = { kv: mergeKeys(own.keys, memo.keys), candidates: new Map() }));
  let list = pair.candidates.get(src.mfaStates);
  // The lists are read, never changed: shared by every source with the same keys and MFA states.
  if (!list) pair.candidates.set(src.mfaStates, (list = candidates(pair.kv, src.mfaStates)));
  return { kv: pair.kv, list };
}

function sourceMemo(src: IamSource): SourceMemo {
  return (src.memo ??= { now: Number.NaN, bases: new Map() });
}

/** The source's caller as a base request, per MFA state and source IP (one clock at a time). */
function baseRequest(src: IamSource, c: Candidate, env: EdgeEnv): EvaluationRequest {
  const memo = sourceMemo(src);
  const now = env.now.getTime();
  if (memo.now !== now) {
    memo.now = now;
    memo.bases.clear();
  }
  // Most candidates keep the default address: the MFA state alone is the key then (no string built).
  const key = c.sourceIp === undefined ? c.mfa : `${c.mfa}|${c.sourceIp}`;
  let base = memo.bases.get(key);
  if (!base) memo.bases.set(key, (base = assembleRequest(src.caller(c.mfa, c.sourceIp), src.policies, undefined, ASSUME, "*", { now: env.now })));
  return base;
}

function iamRequest(src: IamSource, role: GraphRole, c: Candidate, env: EdgeEnv, memo: RoleMemo) {
  let shared = memo.requests.get(c);
  if (!shared) {
    const { actions, context } = assumeRoleTrustRequest(role, {
      roleSessionName: "",
      externalId: c.externalId,
      sourceIdentity: c.sourceIdentity,
      passedTags: c.tags,
      passedTransitive: [],
      sessionTags: c.tags,
      mfaVerified: c.mfa === "true",
    });
    // The session name is the source's (PairContext puts it on top); the entry is dropped here.
    delete context[SESSION_NAME_KEY];
    memo.requests.set(c, (shared = { actions, context: createContext(context) }));
  }
  const base = baseRequest(src, c, env);
  // Written out field by field: `{ ...base, action, … }` costs microseconds per object on this V8
  // (spread followed by properties), and this runs for every pair and candidate.
  const request: EvaluationRequest = {
    principal: base.principal,
    action: shared.actions[0],
    resource: role.arn,
    resourceAccountId: role.accountId,
    context: new PairContext(c.sessionName ?? src.name, shared.context, base.context),
    identityPolicies: base.identityPolicies,
    permissionsBoundary: base.permissionsBoundary,
    sessionPolicies: base.sessionPolicies,
    resourcePolicy: role.trust ?? undefined,
    scps: base.scps,
    rcps: memo.rcps,
  };
  return { actions: shared.actions, request };
}

/** The minimal allowed context of src → role, or undefined when no candidate is allowed. */
export function tryIamEdge(src: IamSource, role: GraphRole, env: EdgeEnv, explain = false): (Tried & { kv: KeyValues }) | undefined {
  return attempt(src, role, env, explain).allowed;
}

/** The decisions for each candidate context until one is allowed; the baseline's when none is. */
function attempt(src: IamSource, role: GraphRole, env: EdgeEnv, explain = false): { allowed?: Tried & { kv: KeyValues }; baseline?: Tried } {
  if (!role.trust) return {};
  const memo = roleMemo(role, env);
  const { kv, list } = candidatesFor(src, memo);
  let baseline: Tried | undefined;
  for (const c of list) {
    const { actions, request } = iamRequest(src, role, c, env, memo);
    const decision = decideRequest(request, actions, { explainAllowed: explain, briefDenials: !explain });
    if (decision.allowed) return { allowed: { decision, candidate: c, kv } };
    baseline ??= { decision, candidate: c };
  }
  return { baseline };
}

/** Denials the caller's side decided (the trust would let it in): the debug view's "trusted but identity-denied". */
const CALLER_SIDE = new Set(["identity", "boundary", "session", "scp"]);

function chipsOf(c: Candidate, role: GraphRole, orgId: string | undefined, crossAccount: boolean, env: EdgeEnv): EdgeChip[] {
  const trustKeys = roleMemo(role, env).trustKeys;
  const trustReferences = (key: string) => trustKeys.has(key.toLowerCase());
  const chips: EdgeChip[] = [];
  if (c.mfa === "true") chips.push({ kind: "MFA" });
  if (c.externalId !== undefined) chips.push({ kind: "ExternalId", value: c.externalId });
  if (c.sourceIdentity !== undefined) chips.push({ kind: "SourceIdentity", value: c.sourceIdentity });
  if (c.sessionName !== undefined) chips.push({ kind: "RoleSessionName", value: c.sessionName });
  else if (trustReferences("sts:RoleSessionName")) chips.push({ kind: "RoleSessionName" });
  for (const t of c.tags) chips.push({ kind: "tag", key: t.Key, value: t.Value });
  if (c.cidr) chips.push({ kind: "SourceIp", cidr: c.cidr });
  if (orgId && trustReferences("aws:PrincipalOrgID")) chips.push({ kind: "PrincipalOrgID", value: orgId });
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
    chips: chipsOf(tried.candidate, role, src.policies.orgId, crossAccount, env),
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
