// The parts of the graph a view draws, as pure functions: a search's matches with their neighbours
// (the nodes of the rows the table view lists), a query's paths. The server lays a part out on its own
// (lib/graph/layout.ts), so an answer of a dozen nodes out of thousands is drawn compactly.
import type { AccessGraph, GraphPath } from "./types";
import { searchNodes } from "./view-state";

/**
 * The nodes `ids` with the edges among them, and the account nodes of the accounts they sit in (the
 * boxes keep their names); `denied` keeps the "trusted but identity-denied" edges.
 */
export function subgraph(graph: AccessGraph, ids: Iterable<string>, denied = false): AccessGraph {
  const keep = new Set(ids);
  const accounts = new Set<string>();
  for (const n of graph.nodes) if (keep.has(n.id) && n.kind !== "account" && n.accountId) accounts.add(`account:${n.accountId}`);
  const nodes = graph.nodes.filter((n) => (n.kind === "account" ? accounts.has(n.id) : keep.has(n.id)));
  const present = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => (denied || e.kind !== "trusted-but-denied") && present.has(e.source) && present.has(e.target));
  return { nodes, edges, computedAt: graph.computedAt };
}

/** A search's view: the matching nodes and every node an edge links them to (none for a blank search). */
export function searchSubgraph(graph: AccessGraph, search: string, denied = false): AccessGraph {
  const matches = new Set(searchNodes(graph, search));
  const ids = new Set(matches);
  for (const e of graph.edges) {
    if (!denied && e.kind === "trusted-but-denied") continue;
    if (matches.has(e.source)) ids.add(e.target);
    if (matches.has(e.target)) ids.add(e.source);
  }
  return subgraph(graph, ids, denied);
}

/** A query answer's view: the nodes on its paths. */
export function pathsSubgraph(graph: AccessGraph, paths: GraphPath[]): AccessGraph {
  return subgraph(
    graph,
    paths.flatMap((p) => p.nodes),
  );
}
