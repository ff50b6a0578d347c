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

/** An Allow statement for sts:AssumeRole, as a resource matcher; `key` is the same for statements that match the same ARNs. */
interface Grant {
  key: string;
  matches: (arnLower: string) => boolean;
}
const grantsMemo = new WeakMap<CompiledPolicy, Grant[]>();

function grantsOf(p: CompiledPolicy): Grant[] {
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
    const not = st.resource === undefined && st.notResource !== undefined;
    g.push({ key: `${not ? "not" : "in"}${any ? "*" : ""}\n${list.join("\n").toLowerCase()}`, matches: not ? (arn) => any || !matches(arn) : matches });
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
  return identity.some((p) => grantsOf(p).some((g) => g.matches(arn)));
}

/**
 * identityMayAllow for many holders of identity policies at once (an account's principals, grouped
 * by their policies): each distinct grant is matched once per role, not once per holder, so a role
 * is tested only against the resource patterns that exist in the account.
 */
export class GrantIndex {
  private readonly grants: { matches: Grant["matches"]; holders: number[] }[];
  private readonly flags: Uint8Array;

  constructor(holders: readonly (readonly CompiledPolicy[])[]) {
    const byKey = new Map<string, { matches: Grant["matches"]; holders: number[] }>();
    holders.forEach((identity, i) => {
      for (const p of identity) {
        for (const g of grantsOf(p)) {
          let entry = byKey.get(g.key);
          if (!entry) byKey.set(g.key, (entry = { matches: g.matches, holders: [] }));
          if (entry.holders[entry.holders.length - 1] !== i) entry.holders.push(i);
        }
      }
    });
    this.grants = [...byKey.values()];
    this.flags = new Uint8Array(holders.length);
  }

  /** Per holder (by index), whether identityMayAllow(its policies, roleArn) holds; valid until the next call. */
  mayAllow(roleArn: string): Uint8Array {
    const arn = roleArn.toLowerCase();
    const flags = this.flags.fill(0);
    for (const g of this.grants) if (g.matches(arn)) for (const h of g.holders) flags[h] = 1;
    return flags;
  }
}
