// Chains and queries (spec §3.3): breadth-first over "can assume" edges, so paths come out shortest
// first and the first k per endpoint are the k shortest; depth ≤ 6 hops [INF]. Chains run through
// roles (every edge ends at a role, so every inner node is one); a chain cannot change its source
// identity once set (sts-policy-spec §4.8), so two hops that need different ones do not chain.
import type { AccessGraph, EdgeChip, GraphEdge, GraphPath } from "./types";

export const MAX_DEPTH = 6;
export const PATHS_PER_END = 3;
const MAX_PATHS = 500;
const MAX_EXPANSIONS = 200_000;

export type PathQuery =
  | { query: "who-can-reach"; target: string }
  | { query: "what-can-reach"; source: string }
  | { query: "who-can-reach-admin"; policy?: string };

interface Partial {
  nodes: string[];
  edges: GraphEdge[];
}

function chipKey(c: EdgeChip): string {
  return JSON.stringify(c);
}

export function unionChips(edges: GraphEdge[]): EdgeChip[] {
  const seen = new Map<string, EdgeChip>();
  for (const e of edges) for (const c of e.chips) if (!seen.has(chipKey(c))) seen.set(chipKey(c), c);
  return [...seen.values()];
}

function sourceIdentityOf(e: GraphEdge): string | undefined {
  for (const c of e.chips) if (c.kind === "SourceIdentity") return c.value;
  return undefined;
}

/** A chain keeps one source identity: hops that each need a different one cannot follow each other. */
function consistent(edges: GraphEdge[]): boolean {
  let fixed: string | undefined;
  for (const e of edges) {
    const si = sourceIdentityOf(e);
    if (si === undefined) continue;
    if (fixed !== undefined && fixed !== si) return false;
    fixed = si;
  }
  return true;
}

const toPath = (p: Partial): GraphPath => ({ nodes: p.nodes, edges: p.edges.map((e) => e.id), chips: unionChips(p.edges) });

/**
 * Paths ending at (backward) or starting from (forward) `from`, up to k per other endpoint, shortest first.
 */
const indexes = new WeakMap<AccessGraph, { forward: Map<string, GraphEdge[]>; backward: Map<string, GraphEdge[]> }>();

/** can-assume edges by source and by target, built once per graph. */
function index(graph: AccessGraph) {
  let ix = indexes.get(graph);
  if (ix) return ix;
  ix = { forward: new Map(), backward: new Map() };
  for (const e of graph.edges) {
    if (e.kind !== "can-assume") continue;
    for (const [m, key] of [[ix.forward, e.source], [ix.backward, e.target]] as const) {
      const list = m.get(key);
      if (list) list.push(e);
      else m.set(key, [e]);
    }
  }
  indexes.set(graph, ix);
  return ix;
}

function search(graph: AccessGraph, from: string, backward: boolean, k = PATHS_PER_END): GraphPath[] {
  const next = backward ? index(graph).backward : index(graph).forward;
  const out: GraphPath[] = [];
  const perEnd = new Map<string, number>();
  let frontier: Partial[] = [{ nodes: [from], edges: [] }];
  let expansions = 0;
  for (let depth = 1; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    const following: Partial[] = [];
    for (const p of frontier) {
      const end = backward ? p.nodes[0] : p.nodes[p.nodes.length - 1];
      for (const e of next.get(end) ?? []) {
        if (++expansions > MAX_EXPANSIONS || out.length >= MAX_PATHS) return out;
        const other = backward ? e.source : e.target;
        if (p.nodes.includes(other)) continue;
        const q: Partial = backward ? { nodes: [other, ...p.nodes], edges: [e, ...p.edges] } : { nodes: [...p.nodes, other], edges: [...p.edges, e] };
        if (!consistent(q.edges)) continue;
        const n = perEnd.get(other) ?? 0;
        // Beyond k paths to this endpoint, longer ones through it still serve endpoints further on.
        if (n < k) {
          out.push(toPath(q));
          perEnd.set(other, n + 1);
        }
        following.push(q);
      }
    }
    frontier = following;
  }
  return out;
}

/** Who can reach `target` (reverse search). */
export function whoCanReach(graph: AccessGraph, target: string, k?: number): GraphPath[] {
  return search(graph, target, true, k);
}

/** What `source` can reach (forward search). */
export function whatCanReach(graph: AccessGraph, source: string, k?: number): GraphPath[] {
  return search(graph, source, false, k);
}

/**
 * Who can reach admin: the principals the engine lets do `*` on `*` (or that hold `policy`), each
 * as a path of its own, then every chain that reaches one of them.
 */
export function whoCanReachAdmin(graph: AccessGraph, holders?: string[], k?: number): GraphPath[] {
  const targets = holders ?? graph.nodes.filter((n) => n.admin).map((n) => n.id);
  const out: GraphPath[] = [];
  for (const t of targets) {
    out.push({ nodes: [t], edges: [], chips: [] });
    out.push(...whoCanReach(graph, t, k));
    if (out.length >= MAX_PATHS) break;
  }
  return out.slice(0, MAX_PATHS);
}
