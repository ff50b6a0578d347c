// The parts of the graph a view draws, as pure functions: a search's matches with the edges that
// touch them (the rows the table view lists), a query's paths. The server lays a part out on its own
// (lib/graph/layout.ts), so an answer of a dozen nodes out of thousands is drawn compactly. A part
// keeps only its own edges, not every edge among its nodes: an admin answer's users and roles are
// linked by thousands of edges besides the paths, and ELK's time grows much faster than the edges.
import type { AccessGraph, GraphEdge, GraphPath } from "./types";
import { searchNodes } from "./view-state";

/**
 * The nodes `ids` with the edges `keepEdge` accepts among them, and the account nodes of the accounts
 * they sit in (the boxes keep their names).
 */
export function subgraph(graph: AccessGraph, ids: Iterable<string>, keepEdge: (e: GraphEdge) => boolean = notDenied): AccessGraph {
  const keep = new Set(ids);
  const accounts = new Set<string>();
  for (const n of graph.nodes) if (keep.has(n.id) && n.kind !== "account" && n.accountId) accounts.add(`account:${n.accountId}`);
  const nodes = graph.nodes.filter((n) => (n.kind === "account" ? accounts.has(n.id) : keep.has(n.id)));
  const present = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => keepEdge(e) && present.has(e.source) && present.has(e.target));
  return { nodes, edges, computedAt: graph.computedAt };
}

function notDenied(e: GraphEdge): boolean {
  return e.kind !== "trusted-but-denied";
}

/** A search's view: the matching nodes and the edges that touch them, with their other ends (none for a blank search). */
export function searchSubgraph(graph: AccessGraph, search: string, denied = false): AccessGraph {
  const matches = new Set(searchNodes(graph, search));
  const touches = (e: GraphEdge) => (denied || notDenied(e)) && (matches.has(e.source) || matches.has(e.target));
  const ids = new Set(matches);
  for (const e of graph.edges) {
    if (!touches(e)) continue;
    ids.add(e.source);
    ids.add(e.target);
  }
  return subgraph(graph, ids, touches);
}

/** A query answer's view: the nodes and edges of its paths. */
export function pathsSubgraph(graph: AccessGraph, paths: GraphPath[]): AccessGraph {
  const onPath = new Set(paths.flatMap((p) => p.edges));
  return subgraph(
    graph,
    paths.flatMap((p) => p.nodes),
    (e) => onPath.has(e.id),
  );
}
