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

const mayAssumeMemo = new WeakMap<CompiledPolicy, boolean>();

/** Some identity statement allows sts:AssumeRole on something: needed when the trust only delegates. */
export function mayAssume(identity: readonly CompiledPolicy[]): boolean {
  return identity.some((p) => {
    let v = mayAssumeMemo.get(p);
    if (v === undefined) {
      v = p.parsed.statements.some((st) => st.effect === "Allow" && coversAny(st.action ?? st.notAction, st.action === undefined, ["sts:assumerole"]));
      mayAssumeMemo.set(p, v);
    }
    return v;
  });
}
