import { describe, expect, it } from "vitest";
import type { AccessGraph, GraphEdge, GraphNode } from "./types";
import { accountBoxes, edgeAriaLabel, edgeVisual, COLORS, toElkGraph, toFlow, type FlowNode } from "./layout-input";
import { layoutGraph } from "./layout";

const ID = "111111111111";
const WL = "222222222222";
const node = (id: string, kind: GraphNode["kind"], column: number, accountId?: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  label: id.split(/[/:]/).pop()!,
  column,
  ...(accountId ? { accountId } : {}),
  ...extra,
});
const edge = (source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}->${target}`,
  kind: "can-assume",
  source,
  target,
  action: "sts:AssumeRole",
  chips: [],
  crossAccount: false,
  ...extra,
});

const alice = `arn:aws:iam::${ID}:user/alice`;
const devs = `arn:aws:iam::${ID}:group/devs`;
const hub = `arn:aws:iam::${ID}:role/Hub`;
const deploy = `arn:aws:iam::${WL}:role/Deploy`;
const lambda = "lambda.amazonaws.com";
const github = `arn:aws:iam::${ID}:oidc-provider/token.actions.githubusercontent.com`;
const corp = `arn:aws:iam::${ID}:saml-provider/Corp`;

// The workload account is listed first on purpose: the columns, not the input order, place it.
const GRAPH: AccessGraph = {
  computedAt: "2026-12-07T00:00:00Z",
  nodes: [
    node(`account:${WL}`, "account", 2, WL, { label: "workload-dev" }),
    node(deploy, "role", 2, WL),
    node(`account:${ID}`, "account", 1, ID, { label: "identity" }),
    node(alice, "user", 1, ID, { admin: "full" }),
    node(devs, "group", 1, ID),
    node(hub, "role", 1, ID),
    node(lambda, "service", 0),
    node(github, "oidc-provider", 0),
    // An IdP belongs to an account but is drawn in column 0, outside the box.
    node(corp, "saml-provider", 0, ID),
  ],
  edges: [
    edge(alice, devs, { kind: "member-of", action: undefined }),
    edge(alice, hub, { chips: [{ kind: "MFA" }] }),
    edge(hub, deploy, { crossAccount: true, chips: [{ kind: "cross-account" }] }),
    edge(alice, deploy, { crossAccount: true, chips: [{ kind: "cross-account" }, { kind: "ExternalId", value: "x-1" }] }),
    edge(lambda, deploy, { crossAccount: true }),
    edge(github, hub, { action: "sts:AssumeRoleWithWebIdentity", chips: [{ kind: "aud", value: "sts.amazonaws.com" }] }),
    edge(deploy, hub, { kind: "trusted-but-denied" }),
  ],
};

/** The page's path: the server's layout (ELK in the layout thread, compacted), then toFlow in the browser. */
async function layout(graph: AccessGraph) {
  const positions = await layoutGraph(graph);
  return toFlow(graph, JSON.parse(JSON.stringify(positions)), { showDenied: positions.denied });
}

function absolute(nodes: FlowNode[], id: string) {
  const n = nodes.find((x) => x.id === id)!;
  const parent = n.parentId ? nodes.find((x) => x.id === n.parentId)! : undefined;
  return { x: n.position.x + (parent?.position.x ?? 0), y: n.position.y + (parent?.position.y ?? 0), parent };
}

describe("toElkGraph", () => {
  it("nests each account's members in a compound node and partitions the top level by column", () => {
    const elk = toElkGraph(GRAPH);
    expect(elk.layoutOptions).toMatchObject({ "elk.direction": "RIGHT", "elk.hierarchyHandling": "INCLUDE_CHILDREN", "elk.partitioning.activate": "true" });
    const top = elk.children!.map((c) => [c.id, c.layoutOptions?.["elk.partitioning.partition"]]);
    expect(top).toEqual([
      [github, "0"],
      [corp, "0"],
      [lambda, "0"],
      [`account:${ID}`, "1"],
      [`account:${WL}`, "2"],
    ]);
    const identity = elk.children!.find((c) => c.id === `account:${ID}`)!;
    expect(identity.children!.map((c) => c.id).sort()).toEqual([alice, devs, hub].sort());
    expect(elk.children!.find((c) => c.id === `account:${WL}`)!.children!.map((c) => c.id)).toEqual([deploy]);
  });

  it("leaves out the trusted-but-denied debug edges unless asked for", () => {
    expect(toElkGraph(GRAPH).edges!.map((e) => e.id)).not.toContain(`${deploy}->${hub}`);
    expect(toElkGraph(GRAPH, { showDenied: true }).edges!.map((e) => e.id)).toContain(`${deploy}->${hub}`);
  });

  it("gives members of an account without an account node a box of their own", () => {
    const graph: AccessGraph = { ...GRAPH, nodes: GRAPH.nodes.filter((n) => n.id !== `account:${WL}`) };
    expect(accountBoxes(graph).find((b) => b.accountId === WL)).toEqual({ id: `account:${WL}`, accountId: WL, label: WL, column: 2 });
    expect(toElkGraph(graph).children!.find((c) => c.id === `account:${WL}`)!.children!.map((c) => c.id)).toEqual([deploy]);
  });
});

describe("toFlow after the server's ELK layout", () => {
  it("draws services/IdPs left of the identity account, and the identity account left of the workload account", async () => {
    const { nodes } = await layout(GRAPH);
    const box = (id: string) => nodes.find((n) => n.id === `account:${id}`)!;
    const identity = box(ID);
    const workload = box(WL);
    expect(identity.type).toBe("account");
    expect(identity.position.x + identity.width!).toBeLessThan(workload.position.x);
    for (const loose of [lambda, github, corp]) expect(absolute(nodes, loose).x).toBeLessThan(identity.position.x);
  });

  it("puts members inside their box with positions relative to it, parents before children", async () => {
    const { nodes } = await layout(GRAPH);
    const identity = nodes.find((n) => n.id === `account:${ID}`)!;
    for (const id of [alice, devs, hub]) {
      const n = nodes.find((x) => x.id === id)!;
      expect(n.parentId).toBe(identity.id);
      expect(n.position.x).toBeGreaterThanOrEqual(0);
      expect(n.position.x + n.width!).toBeLessThanOrEqual(identity.width!);
      expect(n.position.y + n.height!).toBeLessThanOrEqual(identity.height!);
      expect(nodes.findIndex((x) => x.id === id)).toBeGreaterThan(nodes.indexOf(identity));
    }
    expect(nodes.find((n) => n.id === lambda)!.parentId).toBeUndefined();
  });

  it("gives every node its size and its two handles, so xyflow draws the edges in its first render", async () => {
    const { nodes } = await layout(GRAPH);
    for (const n of nodes) {
      expect(n.measured).toEqual({ width: n.width, height: n.height });
      // Left middle takes edges in, right middle sends them out (graph-elements.tsx's two Handles).
      expect(n.handles).toEqual([
        expect.objectContaining({ type: "target", position: "left", x: -2, y: n.height! / 2 - 2 }),
        expect.objectContaining({ type: "source", position: "right", x: n.width! - 2, y: n.height! / 2 - 2 }),
      ]);
    }
  });

  it("labels elements for screen readers", async () => {
    const { nodes, edges } = await layout(GRAPH);
    expect(nodes.find((n) => n.id === alice)!.ariaLabel).toBe("User alice, can reach admin");
    expect(edges.find((e) => e.id === `${alice}->${deploy}`)!.ariaLabel).toBe("alice can assume Deploy (requires ExternalId=x-1, cross-account)");
  });
});

describe("edgeVisual (spec §3.4)", () => {
  const visual = (id: string, g = GRAPH) => edgeVisual(g.edges.find((e) => e.id === id)!);
  it("solid for unconditional, dashed with chips for conditional", () => {
    expect(visual(`${lambda}->${deploy}`)).toEqual({ variant: "unconditional", stroke: COLORS.crossAccount, chips: [] });
    expect(visual(`${alice}->${hub}`)).toEqual({ variant: "conditional", stroke: COLORS.ink, strokeDasharray: "6 4", chips: ["MFA"] });
    expect(visual(`${github}->${hub}`).chips).toEqual(["aud=sts.amazonaws.com"]);
  });
  it("orange for cross-account, with the cross-account chip carried by the color", () => {
    expect(visual(`${hub}->${deploy}`)).toEqual({ variant: "unconditional", stroke: COLORS.crossAccount, chips: [] });
    expect(visual(`${alice}->${deploy}`)).toMatchObject({ variant: "conditional", stroke: COLORS.crossAccount, chips: ["ExternalId=x-1"] });
  });
  it("dashed gray for group membership", () => {
    expect(visual(`${alice}->${devs}`)).toMatchObject({ variant: "member-of", stroke: COLORS.memberOf, strokeDasharray: "2 4" });
  });
  it("names the requirements in the edge's accessible name", () => {
    const e = GRAPH.edges.find((x) => x.id === `${alice}->${devs}`)!;
    expect(edgeAriaLabel(e, (id) => id.split("/").pop()!)).toBe("alice is a member of devs");
  });
});
