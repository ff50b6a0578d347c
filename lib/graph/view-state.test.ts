import { describe, expect, it } from "vitest";
import type { AccessGraph, GraphEdge, GraphNode } from "./types";
import type { FlowEdge, FlowNode } from "./layout-input";
import { decorate, edgesTouching, neighborhood, nodeInDirection, pathsHighlight, placedNodes, searchNodes } from "./view-state";

const n = (id: string, label = id, kind: GraphNode["kind"] = "role"): GraphNode => ({ id, kind, label, column: 1, accountId: "1" });
const e = (source: string, target: string): GraphEdge => ({ id: `${source}>${target}`, kind: "can-assume", source, target, chips: [], crossAccount: false });

// a → b → c → d, x → c, y isolated
const GRAPH: AccessGraph = {
  computedAt: "",
  nodes: [n("account:1", "identity", "account"), n("a", "Alice", "user"), n("b", "BuildRole"), n("c", "CrossRole"), n("d", "DeployRole"), n("x", "xray"), n("y", "yak")],
  edges: [e("a", "b"), e("b", "c"), e("c", "d"), e("x", "c")],
};

describe("searchNodes", () => {
  it("matches names case-insensitively, never the account boxes, nothing for a blank query", () => {
    expect(searchNodes(GRAPH, "role")).toEqual(["b", "c", "d"]);
    expect(searchNodes(GRAPH, "  ALICE ")).toEqual(["a"]);
    expect(searchNodes(GRAPH, "identity")).toEqual([]);
    expect(searchNodes(GRAPH, "   ")).toEqual([]);
  });
});

describe("edgesTouching", () => {
  it("keeps the edges with a matching end, all edges without a search", () => {
    expect(edgesTouching(GRAPH.edges, searchNodes(GRAPH, "xray")).map((x) => x.id)).toEqual(["x>c"]);
    expect(edgesTouching(GRAPH.edges, searchNodes(GRAPH, "nothing"))).toEqual([]);
    expect(edgesTouching(GRAPH.edges, null)).toHaveLength(4);
  });
});

describe("neighborhood", () => {
  it("holds everything upstream and downstream of the node, with the edges walked", () => {
    const h = neighborhood(GRAPH, "b");
    expect([...h.nodes].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...h.edges].sort()).toEqual(["a>b", "b>c", "c>d"]);
  });
  it("goes upstream through every branch", () => {
    expect([...neighborhood(GRAPH, "d").nodes].sort()).toEqual(["a", "b", "c", "d", "x"]);
    expect([...neighborhood(GRAPH, "y").nodes]).toEqual(["y"]);
  });
  it("survives cycles", () => {
    const cyclic = { ...GRAPH, edges: [...GRAPH.edges, e("d", "a")] };
    expect(neighborhood(cyclic, "a").nodes.size).toBe(5);
  });
});

const flowNode = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  id.startsWith("account:")
    ? { id, type: "account", position: { x, y }, data: { box: { id, accountId: "1", label: "identity", column: 1 } } }
    : { id, type: "principal", position: { x, y }, ...(parentId ? { parentId } : {}), data: { node: n(id) } };
const flowEdge = (g: GraphEdge): FlowEdge => ({ id: g.id, type: "access", source: g.source, target: g.target, data: { edge: g, visual: { variant: "unconditional", stroke: "", chips: [] } } });

describe("decorate", () => {
  const nodes = [flowNode("account:1", 100, 0), flowNode("a", 10, 10, "account:1"), flowNode("b", 10, 80, "account:1"), flowNode("x", 0, 300)];
  const edges = GRAPH.edges.map(flowEdge);

  it("fades everything outside the focus, boxes only when none of their members is in it", () => {
    const out = decorate(nodes, edges, { focus: { nodes: new Set(["x"]), edges: new Set(["x>c"]) } });
    expect(out.nodes.map((f) => [f.id, !!f.data.dimmed])).toEqual([["account:1", true], ["a", true], ["b", true], ["x", false]]);
    expect(out.edges.filter((f) => !f.data!.dimmed).map((f) => f.id)).toEqual(["x>c"]);
  });

  it("marks search matches and path members, and returns the same objects when nothing changed", () => {
    const out = decorate(nodes, edges, { matches: new Set(["b"]), path: pathsHighlight([{ nodes: ["a", "b"], edges: ["a>b"], chips: [] }]) });
    expect(out.nodes.find((f) => f.id === "b")!.data).toMatchObject({ match: true, onPath: true, dimmed: false });
    expect(out.nodes.find((f) => f.id === "x")!.data).toMatchObject({ dimmed: true, onPath: false });
    expect(out.edges.find((f) => f.id === "a>b")!.data).toMatchObject({ onPath: true, dimmed: false });
    const plain = decorate(nodes, edges, {});
    expect(plain.nodes[1]).toBe(nodes[1]);
    expect(plain.edges[0]).toBe(edges[0]);
  });
});

describe("nodeInDirection (arrow keys)", () => {
  // Column x=0: a(0,0) x(0,100); column x=200: b(200,0); column x=400: c(400,0) d(400,100); y far right.
  const placed = [
    { id: "a", x: 0, y: 0 },
    { id: "x", x: 0, y: 100 },
    { id: "b", x: 200, y: 0 },
    { id: "c", x: 400, y: 0 },
    { id: "d", x: 400, y: 100 },
    { id: "y", x: 600, y: 100 },
  ];
  it("follows edges right (downstream) and left (upstream), nearest first", () => {
    expect(nodeInDirection(placed, GRAPH.edges, "a", "ArrowRight")).toBe("b");
    expect(nodeInDirection(placed, GRAPH.edges, "c", "ArrowLeft")).toBe("b");
    expect(nodeInDirection(placed, GRAPH.edges, "x", "ArrowRight")).toBe("c");
  });
  it("falls back to the nearest node in that direction, and moves within a column up/down", () => {
    expect(nodeInDirection(placed, GRAPH.edges, "d", "ArrowRight")).toBe("y");
    expect(nodeInDirection(placed, GRAPH.edges, "a", "ArrowLeft")).toBeUndefined();
    expect(nodeInDirection(placed, GRAPH.edges, "a", "ArrowDown")).toBe("x");
    expect(nodeInDirection(placed, GRAPH.edges, "d", "ArrowUp")).toBe("c");
    expect(nodeInDirection(placed, GRAPH.edges, "c", "ArrowUp")).toBeUndefined();
  });
  it("adds the box's position to its members' positions", () => {
    expect(placedNodes([flowNode("account:1", 100, 50), flowNode("a", 10, 10, "account:1"), flowNode("x", 0, 300)])).toEqual([
      { id: "a", x: 110, y: 60 },
      { id: "x", x: 0, y: 300 },
    ]);
  });
});
