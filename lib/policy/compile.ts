// compilePolicy turns a parsed document into matchers once, when it is written or loaded; evaluation
// then only walks the statements that can match the request's service (spec "Performance stance").
import { compileActions, type ActionSet } from "./evaluate/action-match";
import { compileConditions, type CompiledConditions } from "./evaluate/conditions";
import { compilePrincipals, type PrincipalSet } from "./evaluate/principal-match";
import { compileResources, type ResourceSet } from "./evaluate/resource-match";
import { parsePolicy } from "./parse";
import type { ParsedPolicy, PolicyError, PolicyRef, Statement } from "./types";

export interface CompiledStatement {
  readonly source: Statement;
  readonly actions: ActionSet;
  readonly notAction: boolean;
  /** Absent for trust-policy statements (no Resource element). */
  readonly resources?: ResourceSet;
  readonly notResource: boolean;
  readonly principals?: PrincipalSet;
  readonly notPrincipal: boolean;
  readonly conditions?: CompiledConditions;
}

export interface CompiledPolicy {
  readonly ref: PolicyRef;
  readonly parsed: ParsedPolicy;
}

const NONE: readonly CompiledStatement[] = [];

class Compiled implements CompiledPolicy {
  /** Statements that can match an action of the service, in document order. */
  private readonly byService = new Map<string, CompiledStatement[]>();
  /** Statements that can match any service ("*", NotAction, cross-service patterns). */
  private readonly anyService: CompiledStatement[] = [];

  constructor(
    readonly ref: PolicyRef,
    readonly parsed: ParsedPolicy,
    readonly statements: readonly CompiledStatement[],
  ) {
    const services = new Set<string>();
    for (const s of statements) if (!s.notAction && s.actions.services) for (const v of s.actions.services) services.add(v);
    for (const s of statements) {
      const scoped = !s.notAction && s.actions.services;
      if (!scoped) this.anyService.push(s);
      for (const v of services) {
        if (scoped && !scoped.has(v)) continue;
        let list = this.byService.get(v);
        if (!list) this.byService.set(v, (list = []));
        list.push(s);
      }
    }
  }

  candidates(service: string): readonly CompiledStatement[] {
    return this.byService.get(service) ?? (this.anyService.length ? this.anyService : NONE);
  }
}

function compileStatement(st: Statement, variables: boolean): CompiledStatement {
  const actionList = st.action ?? st.notAction ?? [];
  const resourceList = st.resource ?? st.notResource;
  const principal = st.principal ?? st.notPrincipal;
  const hasConditions = st.condition !== undefined && Object.keys(st.condition).length > 0;
  return {
    source: st,
    actions: compileActions(actionList),
    notAction: st.action === undefined,
    resources: resourceList ? compileResources(resourceList, variables) : undefined,
    notResource: st.resource === undefined && st.notResource !== undefined,
    principals: principal ? compilePrincipals(principal) : undefined,
    notPrincipal: st.principal === undefined && st.notPrincipal !== undefined,
    conditions: hasConditions ? compileConditions(st.condition!, { variables }) : undefined,
  };
}

export function compilePolicy(policy: ParsedPolicy, ref: PolicyRef): CompiledPolicy {
  // 2008-10-17 documents keep `${...}` literal in resources (AWS expands variables only in 2012-10-17).
  const variables = policy.version === "2012-10-17";
  return new Compiled(ref, policy, policy.statements.map((s) => compileStatement(s, variables)));
}

/** Internal access for the evaluator; CompiledPolicy stays opaque to the app. */
export function internals(p: CompiledPolicy): Compiled {
  if (p instanceof Compiled) return p;
  return compilePolicy(p.parsed, p.ref) as Compiled;
}

type Loaded = { ok: true; policy: CompiledPolicy } | { ok: false; error: PolicyError };

const CACHE_LIMIT = 2000;
const cache = new Map<string, Loaded>();

/** parse + compile, memoised (bounded LRU) by ref and text: the same stored document compiles once. */
export function loadPolicy(text: string, ref: PolicyRef): Loaded {
  const key = `${ref.type}\u0000${ref.id}\u0000${ref.name ?? ""}\u0000${ref.arn ?? ""}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order is recency order
    cache.set(key, hit);
    return hit;
  }
  // Stored documents passed the size check when written (quotas may since have been raised).
  const parsed = parsePolicy(text, ref.type, { maxSize: Number.POSITIVE_INFINITY });
  const loaded: Loaded = parsed.ok ? { ok: true, policy: compilePolicy(parsed.policy, ref) } : parsed;
  cache.set(key, loaded);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return loaded;
}

// Documents many holders share word for word (a role trust policy copied across a team's roles):
// parsed and compiled once per type and text, then given each holder's own ref.
const SHARED_LIMIT = 5000;
const shared = new Map<string, Loaded>();

/**
 * loadPolicy for a document that many holders store with the same text: the parse and compile are
 * shared (bounded LRU by type and text), the returned policy carries `ref` (a new object per call:
 * callers keep it, as compiledTrustPolicy does per role).
 */
export function loadSharedPolicy(text: string, ref: PolicyRef): Loaded {
  const key = `${ref.type}\u0000${text}`;
  let loaded = shared.get(key);
  if (loaded) {
    shared.delete(key);
    shared.set(key, loaded);
  } else {
    const parsed = parsePolicy(text, ref.type, { maxSize: Number.POSITIVE_INFINITY });
    loaded = parsed.ok ? { ok: true, policy: compilePolicy(parsed.policy, ref) } : parsed;
    shared.set(key, loaded);
    if (shared.size > SHARED_LIMIT) shared.delete(shared.keys().next().value as string);
  }
  if (!loaded.ok) return loaded;
  const c = internals(loaded.policy);
  return c.ref === ref ? loaded : { ok: true, policy: new Compiled(ref, c.parsed, c.statements) };
}
