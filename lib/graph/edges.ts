// "Can assume" edges, decided by the real engine through the one door (decideRequest): the request
// is the one AssumeRole* would make (lib/sts: assumeRoleTrustRequest / federatedTrustRequest), for
// each candidate context from the fewest requirements up (contexts.ts); the first allowed one is the
// edge's minimal context and gives its chips.
import { decideRequest, type AccessDecision } from "@/lib/authz/decide";
import { assembleAnonymousRequest, assembleRequest } from "@/lib/authz/request";
import { createContext, type CompiledPolicy, type ContextValue, type EvaluationRequest } from "@/lib/policy";
import { assumeRoleTrustRequest } from "@/lib/sts/assume-role";
import { federatedTrustRequest } from "@/lib/sts/federated-trust";
import type { EdgeChip, GraphEdge } from "./types";
import { candidates, collectKeys, DEFAULT_SOURCE_IP, type Candidate, type KeyValues } from "./contexts";
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

function iamRequest(src: IamSource, role: GraphRole, c: Candidate, env: EdgeEnv) {
  const caller = src.caller(c.mfa, c.sourceIp);
  const { actions, context } = assumeRoleTrustRequest(role, {
    roleSessionName: c.sessionName ?? src.name,
    externalId: c.externalId,
    sourceIdentity: c.sourceIdentity,
    passedTags: c.tags,
    passedTransitive: [],
    sessionTags: c.tags,
    mfaVerified: c.mfa === "true",
  });
  const request = assembleRequest(caller, src.policies, env.rcpsOf(role.accountId), actions[0], role.arn, {
    resourcePolicy: role.trust ?? undefined,
    resourceAccountId: role.accountId,
    context,
    now: env.now,
  });
  return { actions, context, request };
}

/** Every policy whose conditions can matter to this pair. */
function keysFor(src: IamSource, role: GraphRole, env: EdgeEnv): KeyValues {
  const p = src.policies;
  return collectKeys([role.trust ?? undefined, ...p.identity, p.boundary, ...(p.scps ?? []).flat(), ...(env.rcpsOf(role.accountId) ?? []).flat()]);
}

/** The minimal allowed context of src → role, or undefined when no candidate is allowed. */
export function tryIamEdge(src: IamSource, role: GraphRole, env: EdgeEnv, explain = false): (Tried & { kv: KeyValues }) | undefined {
  if (!role.trust) return undefined;
  const kv = keysFor(src, role, env);
  for (const c of candidates(kv, src.mfaStates)) {
    const { actions, context, request } = iamRequest(src, role, c, env);
    const decision = decideRequest(request, actions, { explainAllowed: explain });
    if (decision.allowed) return { decision, candidate: c, context, kv };
  }
  return undefined;
}

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
  const tried = tryIamEdge(src, role, env);
  if (!tried) return undefined;
  const crossAccount = src.accountId !== role.accountId;
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
export function serviceRequest(service: string, role: GraphRole, now: Date): EvaluationRequest {
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
