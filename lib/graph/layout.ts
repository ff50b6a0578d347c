// The drawing's positions, computed on the server next to the graph and kept with it: ELK (elkjs's
// layered layout, RIGHT, accounts as boxes, columns as partitions; lib/graph/layout-input.ts) runs in
// the layout thread (elk-thread.ts) once per built graph and view, so a page load only renders.
// The browser used to run ELK itself: most of its time was V8 compiling ELK's 1.5 MB of GWT output
// on every visit; here it is compiled once per server process. Each built graph (service.ts: kept
// until an authorization change) holds its own bounded LRU of view layouts — the whole graph, a
// search, a query's answer — so a change to authorization drops them with the graph. Behind those,
// ELK's answers are kept by their input (MAX_SHAPES): a rebuilt graph of the same shape is not laid out again.
import { createHash } from "node:crypto";
import { compactLayout, toElkGraph } from "./layout-input";
import { elkLayout, LayoutTimeout } from "./elk-thread";
import { sampleOrganization } from "./layout-sample";
import type { AccessGraph, GraphLayout } from "./types";

/** Views kept per built graph: the whole graph both ways, and recent searches and query answers. */
export const MAX_VIEWS = 64;
/**
 * Beyond these a view is not laid out, and one that takes ELK longer than LAYOUT_TIMEOUT_MS is given
 * up: ELK's layered layout had not finished bench:graph's whole organization (5,672 nodes, 49,573
 * edges) after 12 minutes, and needed 2 minutes for 93 nodes with every one of the 2,675 edges among
 * them; tens of thousands of SVG edges are no picture anyway. Such a view is searched, queried or read
 * in the Table tab instead.
 */
export const MAX_DRAWN_NODES = 1000;
export const MAX_DRAWN_EDGES = 1500;
export const LAYOUT_TIMEOUT_MS = 20_000;

/** A bounded LRU of promises in progress or done (a rejected one is forgotten, so it is tried again). */
class PromiseLru<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is recency order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const p = compute();
    this.entries.set(key, p);
    p.catch(() => {
      if (this.entries.get(key) === p) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return p;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A built graph's view layouts, by view. */
export class LayoutCache {
  private readonly views: PromiseLru<GraphLayout>;

  constructor(max = MAX_VIEWS) {
    this.views = new PromiseLru(max);
  }

  /** `partial`: the view draws part of the graph, and lists its edges (layoutGraph). */
  get(key: string, graph: () => AccessGraph, denied: boolean, partial = false): Promise<GraphLayout> {
    return this.views.get(key, () => layoutGraph(graph(), denied, partial));
  }

  get size(): number {
    return this.views.size;
  }
}

/** Layouts by ELK input, across rebuilt graphs: how many are kept. */
export const MAX_SHAPES = 32;
const byShape = new PromiseLru<GraphLayout>(MAX_SHAPES);

/**
 * ELK's answer for this exact input, computed once: an authorization change rebuilds the graph, but
 * most (a tag, a policy that grants no new AssumeRole) leave the picture's shape — its nodes, boxes,
 * columns and edges — as it was, and ELK (deterministic: fixed seed) would only repeat itself.
 */
function layoutOfShape(input: ReturnType<typeof toElkGraph>, denied: boolean, run: () => Promise<GraphLayout>): Promise<GraphLayout> {
  return byShape.get(`${denied}:${createHash("sha256").update(JSON.stringify(input)).digest("base64url")}`, run);
}

/** Forgets every shape's layout: for benchmarks that time ELK itself, run after run. */
export function forgetShapes(): void {
  byShape.clear();
}

/**
 * ELK's layout of `graph` (with the denied edges or without), as the page receives it; `partial` for
 * a view of part of the whole graph, whose edges are listed (the page draws those only).
 */
export async function layoutGraph(graph: AccessGraph, denied = false, partial = false): Promise<GraphLayout> {
  const filter = { showDenied: denied };
  if (graph.nodes.length === 0) return { denied, children: [], ...(partial ? { edgeIds: [] } : {}) };
  const input = toElkGraph(graph, filter);
  const edges = input.edges ?? [];
  const size = { nodes: graph.nodes.filter((n) => n.kind !== "account").length, edges: edges.length, maxNodes: MAX_DRAWN_NODES, maxEdges: MAX_DRAWN_EDGES };
  if (size.nodes > MAX_DRAWN_NODES || size.edges > MAX_DRAWN_EDGES) return { denied, children: [], tooLarge: size };
  const positions = await layoutOfShape(input, denied, async () => {
    try {
      return compactLayout(await elkLayout(input, LAYOUT_TIMEOUT_MS), filter);
    } catch (err) {
      if (err instanceof LayoutTimeout) return { denied, children: [], tooLarge: { ...size, timedOut: true } };
      throw err;
    }
  });
  return { ...positions, ...(partial && !positions.tooLarge ? { edgeIds: edges.map((e) => e.id) } : {}) };
}

let warmed = false;

/**
 * Starts the layout thread on a small graph of the same shape, once per process: V8 compiles ELK as
 * it runs (a first 200-node layout costs ~2.5x a later one; bench:graph-layout), so a graph being
 * loaded and computed meanwhile is then laid out by compiled code. The layout thread answers in
 * order: a real layout asked for sooner simply waits for this one.
 */
export function warmLayout(): void {
  if (warmed) return;
  warmed = true;
  elkLayout(toElkGraph(sampleOrganization(40))).catch(() => undefined);
}
