// Principal / NotPrincipal in resource and trust policies. A caller carries several identities
// (its account, its user or role, its session); which one a statement named decides how far the
// grant reaches (spec §5.2 step 5), so a match reports its level, not just true/false.
import type { PrincipalBlock } from "../types";
import type { PrincipalInfo } from "./request";

/** session: the session/federated-user ARN; any: "*" (or everyone but a NotPrincipal list); entity:
 *  user or role (ARN/unique id), a service or federated provider; account: only the account (id or
 *  root ARN) — delegation. */
export type MatchLevel = "session" | "any" | "entity" | "account";

const RANK: Record<MatchLevel, number> = { account: 1, entity: 2, any: 3, session: 4 };
export const strongest = (a: MatchLevel | undefined, b: MatchLevel | undefined): MatchLevel | undefined =>
  !a ? b : !b ? a : RANK[a] >= RANK[b] ? a : b;

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:[\w-]+:iam::(\d{12}):root$/;

/** Account principals are normalised to "acct:<id>" so "123456789012" ≡ its root ARN. */
function normaliseAws(p: string): string {
  if (ACCOUNT_ID.test(p)) return `acct:${p}`;
  const m = ROOT_ARN.exec(p);
  return m ? `acct:${m[1]}` : p;
}

export interface PrincipalSet {
  readonly any: boolean;
  readonly aws: ReadonlySet<string>;
  readonly service: ReadonlySet<string>;
  readonly federated: ReadonlySet<string>;
}

export function compilePrincipals(block: PrincipalBlock): PrincipalSet {
  if (block === "*") return { any: true, aws: new Set(), service: new Set(), federated: new Set() };
  const aws = new Set((block.AWS ?? []).map(normaliseAws));
  return {
    any: aws.has("*"),
    aws,
    service: new Set((block.Service ?? []).map((s) => s.toLowerCase())),
    federated: new Set(block.Federated ?? []),
  };
}

/** The caller's identities by level, computed once per request. */
export interface PrincipalIds {
  account?: string;
  /** The caller has a permissions boundary (set by evaluate(); NotPrincipal+Deny never excepts it). */
  bounded?: boolean;
  entity: string[];
  /** Federated-user sessions: the federating IAM user's ARN (matched like an entity, not listed for NotPrincipal). */
  federatedBy?: string;
  session?: string;
  service?: string;
  federated?: string;
}

export function principalIds(p: PrincipalInfo): PrincipalIds {
  switch (p.kind) {
    case "root":
      return { account: `acct:${p.accountId}`, entity: [] };
    case "user":
      return { account: `acct:${p.accountId}`, entity: p.uniqueId ? [p.arn, p.uniqueId] : [p.arn] };
    case "assumed-role": {
      const entity: string[] = [];
      if (p.roleArn) entity.push(p.roleArn);
      if (p.uniqueId) entity.push(p.uniqueId);
      return { account: `acct:${p.accountId}`, entity, session: p.arn };
    }
    case "federated-user":
      return { account: `acct:${p.accountId}`, entity: [], session: p.arn, federatedBy: p.userArn };
    case "service":
      return { entity: [], service: (p.service ?? p.arn).toLowerCase() };
    case "anonymous":
      return { entity: [], federated: p.federatedProvider };
    default: {
      const never: never = p.kind;
      return never;
    }
  }
}

/** The strongest level at which the set names the caller, or undefined. */
export function matchPrincipal(set: PrincipalSet, ids: PrincipalIds): MatchLevel | undefined {
  if (ids.session && set.aws.has(ids.session)) return "session";
  if (set.any) return "any";
  for (const e of ids.entity) if (set.aws.has(e)) return "entity";
  if (ids.federatedBy && set.aws.has(ids.federatedBy)) return "entity";
  if (ids.service && set.service.has(ids.service)) return "entity";
  if (ids.federated && set.federated.has(ids.federated)) return "entity";
  if (ids.account && set.aws.has(ids.account)) return "account";
  return undefined;
}

/** NotPrincipal excepts a caller only when every level AWS checks (account, then user/role, then
 *  session) is listed (spec §6.4): naming just the session still leaves the account denied. With
 *  Deny, an IAM principal that has a permissions boundary is never excepted, whatever the list says.
 *  https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html */
export function exceptedByNotPrincipal(set: PrincipalSet, ids: PrincipalIds, deny: boolean): boolean {
  if (deny && ids.bounded) return false;
  if (set.any) return true;
  if (ids.service) return set.service.has(ids.service);
  if (ids.federated) return set.federated.has(ids.federated);
  if (!ids.account) return false; // anonymous: only "*" excepts it
  if (!set.aws.has(ids.account)) return false;
  if (ids.entity.length > 0 && !ids.entity.some((e) => set.aws.has(e))) return false;
  if (ids.session && !set.aws.has(ids.session)) return false;
  return true;
}
