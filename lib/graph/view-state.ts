// What the access-graph page highlights, as pure functions over the graph: the search's matches,
// a node's upstream + downstream (node click), a query's paths, and where the arrow keys move focus.
import type { AccessGraph, GraphPath } from "./types";
import type { FlowEdge, FlowNode } from "./layout-input";

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Nodes whose name or id contains the query (case-insensitive), in the graph's order; none for a blank query. */
export function searchNodes(graph: AccessGraph, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return graph.nodes.filter((n) => n.kind !== "account" && (n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q))).map((n) => n.id);
}

/** Everything that can reach the node (upstream) and everything it can reach (downstream), with the edges walked. */
export function neighborhood(graph: AccessGraph, id: string): Highlight {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  const out = new Map<string, typeof graph.edges>();
  const inc = new Map<string, typeof graph.edges>();
  for (const e of graph.edges) {
    out.set(e.source, [...(out.get(e.source) ?? []), e]);
    inc.set(e.target, [...(inc.get(e.target) ?? []), e]);
  }
  const walk = (forward: boolean) => {
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const at = queue.shift()!;
      for (const e of (forward ? out : inc).get(at) ?? []) {
        const to = forward ? e.target : e.source;
        edges.add(e.id);
        nodes.add(to);
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
  };
  walk(true);
  walk(false);
  return { nodes, edges };
}

export function pathsHighlight(paths: GraphPath[]): Highlight {
  return { nodes: new Set(paths.flatMap((p) => p.nodes)), edges: new Set(paths.flatMap((p) => p.edges)) };
}

export interface ViewState {
  /** Node click / query answer: everything outside is faded. */
  focus?: Highlight | null;
  /** Query answer: drawn emphasised. */
  path?: Highlight | null;
  /** Search matches: outlined. */
  matches?: Set<string>;
}

/** The xyflow elements with the view state folded into their data (new objects only where something changed). */
export function decorate(nodes: FlowNode[], edges: FlowEdge[], view: ViewState): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const focus = view.focus ?? view.path ?? null;
  const outNodes = nodes.map((n): FlowNode => {
    if (n.type === "account") {
      const dimmed = !!focus && !nodes.some((c) => c.parentId === n.id && focus.nodes.has(c.id));
      return dimmed === !!n.data.dimmed ? n : { ...n, data: { ...n.data, dimmed } };
    }
    const dimmed = !!focus && !focus.nodes.has(n.id);
    const match = !!view.matches?.has(n.id);
    const onPath = !!view.path?.nodes.has(n.id);
    if (dimmed === !!n.data.dimmed && match === !!n.data.match && onPath === !!n.data.onPath) return n;
    return { ...n, data: { ...n.data, dimmed, match, onPath } };
  });
  const outEdges = edges.map((e): FlowEdge => {
    const dimmed = !!focus && !focus.edges.has(e.id);
    const onPath = !!view.path?.edges.has(e.id);
    if (!e.data || (dimmed === !!e.data.dimmed && onPath === !!e.data.onPath)) return e;
    return { ...e, data: { ...e.data, dimmed, onPath }, zIndex: onPath ? 1 : undefined };
  });
  return { nodes: outNodes, edges: outEdges };
}

export type ArrowKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

export interface Placed {
  id: string;
  /** Absolute position (children's positions added to their box's). */
  x: number;
  y: number;
}

/** Absolute positions of the principals (not the account boxes), for keyboard moves. */
export function placedNodes(nodes: FlowNode[]): Placed[] {
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  return nodes
    .filter((n) => n.type === "principal")
    .map((n) => {
      const parent = n.parentId ? at.get(n.parentId) : undefined;
      return { id: n.id, x: n.position.x + (parent?.x ?? 0), y: n.position.y + (parent?.y ?? 0) };
    });
}

/**
 * Where an arrow key moves focus: Right/Left follow an edge downstream/upstream (the nearest such
 * neighbour by height), else the nearest node in the next column that way; Up/Down move within the column.
 */
export function nodeInDirection(placed: Placed[], edges: Array<{ source: string; target: string }>, from: string, key: ArrowKey): string | undefined {
  const me = placed.find((p) => p.id === from);
  if (!me) return placed[0]?.id;
  const byId = new Map(placed.map((p) => [p.id, p]));
  const distance = (p: Placed) => Math.abs(p.y - me.y) + Math.abs(p.x - me.x) / 4;
  const nearest = (cands: Placed[]) => cands.sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id))[0]?.id;
  const SAME_COLUMN = 8;
  if (key === "ArrowRight" || key === "ArrowLeft") {
    const forward = key === "ArrowRight";
    const linked = edges
      .filter((e) => (forward ? e.source === from : e.target === from))
      .map((e) => byId.get(forward ? e.target : e.source))
      .filter((p): p is Placed => !!p && p.id !== from);
    if (linked.length) return nearest(linked);
    return nearest(placed.filter((p) => (forward ? p.x > me.x + SAME_COLUMN : p.x < me.x - SAME_COLUMN)));
  }
  const down = key === "ArrowDown";
  const column = placed.filter((p) => p.id !== from && Math.abs(p.x - me.x) <= SAME_COLUMN && (down ? p.y > me.y : p.y < me.y));
  return nearest(column);
}

/** The table view under a search: the edges that touch a matching node (all of them when nothing is searched). */
export function edgesTouching<E extends { source: string; target: string }>(edges: E[], matches: string[] | null): E[] {
  if (!matches) return edges;
  const hit = new Set(matches);
  return edges.filter((e) => hit.has(e.source) || hit.has(e.target));
}
