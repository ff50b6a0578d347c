// Which request contexts can satisfy an edge (spec §3.2): the condition keys the relevant policies
// use, turned into the values a caller controls — MFA, ExternalId, SourceIdentity, session name,
// request tags, source IP — and enumerated from the fewest requirements up, so the first context the
// engine allows is a minimal one. The principal's fixed facts (ARN, account, org, tags) stay as they are.
import type { CompiledPolicy } from "@/lib/policy";

export type MfaState = "absent" | "false" | "true";

/** One caller-controlled choice of an AssumeRole request. */
export interface Candidate {
  mfa: MfaState;
  externalId?: string;
  sourceIdentity?: string;
  /** Undefined: the default session name. */
  sessionName?: string;
  tags: { Key: string; Value: string }[];
  /** Undefined: the default (public) address. */
  sourceIp?: string;
  /** The CIDR the source IP was taken from (for the chip). */
  cidr?: string;
}

/** Literal values per condition key (lower-cased key), over the documents given. */
export interface KeyValues {
  mfa: boolean;
  externalId: string[];
  sourceIdentity: string[];
  sessionName: string[];
  /** Request tag key → values (aws:RequestTag/k; aws:TagKeys names keys with any value). */
  tags: Map<string, string[]>;
  cidrs: string[];
  orgIds: string[];
  /** OIDC/SAML claim keys (`host:aud`, `SAML:sub`…) → literal values. */
  claims: Map<string, string[]>;
}

/** Where a pattern has wildcards, one value it matches; variables are left to the defaults. */
function instantiate(v: string): string | undefined {
  if (v.includes("${")) return undefined;
  return v.replace(/[*?]/g, "x");
}

const keyCache = new WeakMap<CompiledPolicy, [string, string, string[]][]>();

/** (key, values) of every condition in a document, memoised per compiled policy. */
function conditionEntries(p: CompiledPolicy): [string, string, string[]][] {
  let out = keyCache.get(p);
  if (out) return out;
  out = [];
  for (const st of p.parsed.statements) {
    for (const block of Object.values(st.condition ?? {})) {
      for (const [k, raw] of Object.entries(block)) {
        const values = (Array.isArray(raw) ? raw : [raw]).map(String);
        out.push([k.toLowerCase(), k, values]);
      }
    }
  }
  keyCache.set(p, out);
  return out;
}

const add = (list: string[], v: string | undefined) => {
  if (v !== undefined && !list.includes(v)) list.push(v);
};

export function collectKeys(policies: Iterable<CompiledPolicy | undefined>): KeyValues {
  const kv: KeyValues = { mfa: false, externalId: [], sourceIdentity: [], sessionName: [], tags: new Map(), cidrs: [], orgIds: [], claims: new Map() };
  for (const p of policies) {
    if (!p) continue;
    for (const [key, original, values] of conditionEntries(p)) {
      if (key === "aws:multifactorauthpresent" || key === "aws:multifactorauthage") kv.mfa = true;
      else if (key === "sts:externalid") values.forEach((v) => add(kv.externalId, instantiate(v)));
      else if (key === "sts:sourceidentity" || key === "aws:sourceidentity") values.forEach((v) => add(kv.sourceIdentity, instantiate(v)));
      else if (key === "sts:rolesessionname") values.forEach((v) => add(kv.sessionName, instantiate(v)));
      else if (key === "aws:sourceip") values.forEach((v) => add(kv.cidrs, v));
      else if (key === "aws:principalorgid") values.forEach((v) => add(kv.orgIds, v));
      else if (key.startsWith("aws:requesttag/")) {
        const tag = original.slice("aws:requesttag/".length);
        const list = kv.tags.get(tag) ?? [];
        values.forEach((v) => add(list, instantiate(v)));
        kv.tags.set(tag, list);
      } else if (key === "aws:tagkeys") {
        for (const v of values) {
          const tag = instantiate(v);
          if (tag && ![...kv.tags.keys()].some((t) => t.toLowerCase() === tag.toLowerCase())) kv.tags.set(tag, []);
        }
      } else if (/:(aud|sub|azp|oaud|amr)$/.test(key) && !key.startsWith("aws:") && !key.startsWith("sts:")) {
        const list = kv.claims.get(key) ?? [];
        values.forEach((v) => add(list, instantiate(v)));
        kv.claims.set(key, list);
      }
    }
  }
  return kv;
}

const isEmpty = (kv: KeyValues) =>
  !kv.mfa && !kv.externalId.length && !kv.sourceIdentity.length && !kv.sessionName.length && !kv.tags.size && !kv.cidrs.length && !kv.orgIds.length && !kv.claims.size;

function mergeMaps(a: Map<string, string[]>, b: Map<string, string[]>): Map<string, string[]> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, [...new Set([...(out.get(k) ?? []), ...v])]);
  return out;
}

/** The keys of two sets of documents together (most pairs have none on one side: no copy then). */
export function mergeKeys(a: KeyValues, b: KeyValues): KeyValues {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    mfa: a.mfa || b.mfa,
    externalId: u(a.externalId, b.externalId),
    sourceIdentity: u(a.sourceIdentity, b.sourceIdentity),
    sessionName: u(a.sessionName, b.sessionName),
    tags: mergeMaps(a.tags, b.tags),
    cidrs: u(a.cidrs, b.cidrs),
    orgIds: u(a.orgIds, b.orgIds),
    claims: mergeMaps(a.claims, b.claims),
  };
}

/** A documentation address (RFC 5737), outside any private range: what an unconstrained caller sends from. */
export const DEFAULT_SOURCE_IP = "198.51.100.7";

/** An address inside an IPv4 or IPv6 CIDR (its network address, or the literal address). */
export function addressIn(cidr: string): string | undefined {
  const [addr] = cidr.split("/");
  if (!addr || addr.includes("*")) return undefined;
  return addr;
}

type Dimension = { apply: (c: Candidate) => Candidate }[];

/**
 * Candidate contexts, fewest requirements first: the baseline, then every single change, then pairs…
 * up to `limit` candidates. `mfaStates` lists the MFA states the source can be in, baseline first.
 */
export function candidates(kv: KeyValues, mfaStates: MfaState[], limit = 256): Candidate[] {
  const dims: Dimension[] = [];
  if (kv.mfa && mfaStates.length > 1) dims.push(mfaStates.slice(1).map((mfa) => ({ apply: (c) => ({ ...c, mfa }) })));
  if (kv.externalId.length) dims.push(kv.externalId.map((externalId) => ({ apply: (c) => ({ ...c, externalId }) })));
  if (kv.sourceIdentity.length) dims.push(kv.sourceIdentity.map((sourceIdentity) => ({ apply: (c) => ({ ...c, sourceIdentity }) })));
  if (kv.sessionName.length) dims.push(kv.sessionName.map((sessionName) => ({ apply: (c) => ({ ...c, sessionName }) })));
  for (const [key, values] of kv.tags) {
    const vs = values.length ? values : ["graph"];
    dims.push(vs.map((Value) => ({ apply: (c) => ({ ...c, tags: [...c.tags, { Key: key, Value }] }) })));
  }
  const ips = kv.cidrs.flatMap((cidr) => {
    const ip = addressIn(cidr);
    return ip ? [{ apply: (c: Candidate) => ({ ...c, sourceIp: ip, cidr }) }] : [];
  });
  if (ips.length) dims.push(ips);

  const base: Candidate = { mfa: mfaStates[0], tags: [] };
  const out: Candidate[] = [base];
  // Combinations of k changed dimensions, k = 1, 2, …: each pick applies one option per chosen dimension.
  for (let k = 1; k <= dims.length && out.length < limit; k++) {
    const choose = (start: number, picked: number[]) => {
      if (out.length >= limit) return;
      if (picked.length === k) {
        let partial: Candidate[] = [base];
        for (const d of picked) partial = partial.flatMap((c) => dims[d].map((o) => o.apply(c)));
        for (const c of partial) if (out.length < limit) out.push(c);
        return;
      }
      for (let i = start; i < dims.length; i++) choose(i + 1, [...picked, i]);
    };
    choose(0, []);
  }
  return out;
}
