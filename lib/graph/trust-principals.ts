// Who a trust policy can possibly let in, read off its Allow statements for sts:AssumeRole*: only these
// sources are put to the engine (a principal a trust never names, by itself, its account, "*" or a
// provider, can never be allowed, spec §4.3). The engine still decides every edge.
import type { CompiledPolicy } from "@/lib/policy";

export interface TrustedPrincipals {
  any: boolean;
  /** Account ids named (id or root ARN): delegation to the account's principals. */
  accounts: Set<string>;
  /** User/role ARNs or unique ids named. */
  entities: Set<string>;
  services: Set<string>;
  federated: Set<string>;
}

const ASSUME_ACTIONS = ["sts:assumerole", "sts:assumerolewithwebidentity", "sts:assumerolewithsaml"];

const patterns = new Map<string, RegExp>();
function pattern(p: string): RegExp {
  let re = patterns.get(p);
  if (!re) {
    re = new RegExp(`^${p.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    patterns.set(p, re);
  }
  return re;
}

/** Whether an action list (Action, or NotAction when `not`) can cover one of `actions`. */
export function coversAny(list: string[] | undefined, not: boolean, actions: readonly string[]): boolean {
  if (!list) return false;
  const hit = (a: string) => list.some((p) => pattern(p).test(a));
  return actions.some((a) => (not ? !hit(a) : hit(a)));
}

const ACCOUNT = /^\d{12}$/;
const ROOT = /^arn:[\w-]+:iam::(\d{12}):root$/;

export function trustedPrincipals(trust: CompiledPolicy): TrustedPrincipals {
  const out: TrustedPrincipals = { any: false, accounts: new Set(), entities: new Set(), services: new Set(), federated: new Set() };
  for (const st of trust.parsed.statements) {
    if (st.effect !== "Allow") continue;
    if (!coversAny(st.action ?? st.notAction, st.action === undefined, ASSUME_ACTIONS)) continue;
    const p = st.principal;
    if (!p) continue;
    if (p === "*") {
      out.any = true;
      continue;
    }
    for (const a of p.AWS ?? []) {
      if (a === "*") out.any = true;
      else if (ACCOUNT.test(a)) out.accounts.add(a);
      else if (ROOT.test(a)) out.accounts.add(ROOT.exec(a)![1]);
      else out.entities.add(a);
    }
    for (const s of p.Service ?? []) out.services.add(s);
    for (const f of p.Federated ?? []) out.federated.add(f);
  }
  return out;
}

/** The Allow statements for sts:AssumeRole of a set of identity policies, as resource matchers. */
type Grants = ((arn: string) => boolean)[];
const grantsMemo = new WeakMap<CompiledPolicy, Grants>();

function grantsOf(p: CompiledPolicy): Grants {
  let g = grantsMemo.get(p);
  if (g) return g;
  g = [];
  for (const st of p.parsed.statements) {
    if (st.effect !== "Allow" || !coversAny(st.action ?? st.notAction, st.action === undefined, ["sts:assumerole"])) continue;
    const list = st.resource ?? st.notResource ?? ["*"];
    // A policy variable is resolved per request: any ARN may match it.
    const any = list.some((r) => r.includes("${")) || (st.resource !== undefined && list.includes("*"));
    const res = list.map(pattern);
    const matches = (arn: string) => any || res.some((re) => re.test(arn));
    g.push(st.resource === undefined && st.notResource !== undefined ? (arn) => any || !matches(arn) : matches);
  }
  grantsMemo.set(p, g);
  return g;
}

/**
 * Some identity statement allows sts:AssumeRole on this role: needed whenever the trust only
 * delegates to the account or the caller is from another account. A cheap pre-check (ARNs are
 * matched case-insensitively here, more loosely than the engine): the engine still decides.
 */
export function identityMayAllow(identity: readonly CompiledPolicy[], roleArn: string): boolean {
  const arn = roleArn.toLowerCase();
  return identity.some((p) => grantsOf(p).some((m) => m(arn)));
}
