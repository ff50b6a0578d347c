import { describe, expect, it } from "vitest";
import { LayoutCache, layoutGraph, MAX_DRAWN_EDGES, MAX_DRAWN_NODES } from "./layout";
import { sampleOrganization } from "./layout-sample";
import { toElkGraph } from "./layout-input";
import { elkLayout, LayoutTimeout } from "./elk-thread";
import type { AccessGraph } from "./types";

const EMPTY: AccessGraph = { nodes: [], edges: [], computedAt: "2026-12-07T00:00:00Z" };

describe("layoutGraph (ELK in the layout thread)", () => {
  it("places every node, members of a box relative to it, in whole pixels", async () => {
    const graph = sampleOrganization(40);
    const layout = await layoutGraph(graph);
    const placed = layout.children.flatMap((c) => [c, ...(c.children ?? [])]);
    expect(placed.map((p) => p.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const p of placed) for (const v of [p.x, p.y, p.width, p.height]) expect(Number.isInteger(v)).toBe(true);
    const box = layout.children.find((c) => c.id === "account:111111111111")!;
    for (const m of box.children!) expect(m.x + m.width).toBeLessThanOrEqual(box.width);
    expect(layout.denied).toBe(false);
  });

  it("reuses the positions of a rebuilt graph whose shape is unchanged, and only then", async () => {
    const graph = sampleOrganization(12);
    const first = await layoutGraph(graph);
    // A rebuild after, say, a tag change: new objects, same nodes, boxes, columns and edges.
    const rebuilt: AccessGraph = JSON.parse(JSON.stringify({ ...graph, computedAt: "2026-12-08T00:00:00Z" }));
    expect((await layoutGraph(rebuilt)).children).toBe(first.children);
    // With the denied debug edges asked for, the answer says so even when there are none to draw.
    expect((await layoutGraph(rebuilt, true)).denied).toBe(true);
    // One edge fewer is another shape: ELK runs again.
    const drawn = toElkGraph(rebuilt).edges!.map((e) => e.id);
    expect(drawn.length).toBeGreaterThan(0);
    const fewer = { ...rebuilt, edges: rebuilt.edges.filter((e) => e.id !== drawn[0]) };
    expect((await layoutGraph(fewer)).children).not.toBe(first.children);
  });

  it("answers an empty view without ELK", async () => {
    expect(await layoutGraph(EMPTY, true)).toEqual({ denied: true, children: [] });
  });
});

describe("LayoutCache", () => {
  it("computes a view once, keeps the most recently used views, and forgets the oldest", async () => {
    const cache = new LayoutCache(2);
    let built = 0;
    const graph = () => (built++, EMPTY);
    const a = cache.get("a", graph, false);
    expect(cache.get("a", graph, false)).toBe(a);
    cache.get("b", graph, false);
    cache.get("a", graph, false); // a is now the most recent
    cache.get("c", graph, false); // evicts b
    expect(cache.size).toBe(2);
    expect(built).toBe(3);
    cache.get("a", graph, false);
    expect(built).toBe(3);
    cache.get("b", graph, false);
    expect(built).toBe(4);
    await a;
  });
});

describe("a view too large to draw", () => {
  it("is not laid out: the page is told its size and the limits", async () => {
    const graph = sampleOrganization(MAX_DRAWN_NODES + 50);
    const layout = await layoutGraph(graph);
    expect(layout.children).toEqual([]);
    expect(layout.tooLarge).toMatchObject({ maxNodes: MAX_DRAWN_NODES, maxEdges: MAX_DRAWN_EDGES });
    expect(layout.tooLarge!.nodes).toBeGreaterThan(MAX_DRAWN_NODES);
  });
});

describe("the layout thread's time limit", () => {
  it("gives up a layout past its limit and lays out the ones queued behind it in a new thread", async () => {
    const big = toElkGraph(sampleOrganization(600));
    const small = toElkGraph(sampleOrganization(30));
    const slow = elkLayout(big, 1);
    const next = elkLayout(small);
    await expect(slow).rejects.toBeInstanceOf(LayoutTimeout);
    const laidOut = await next;
    expect(laidOut.children!.length).toBe(small.children!.length);
  });
});
