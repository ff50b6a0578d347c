import { describe, expect, it } from "vitest";
import { sampleOrganization } from "./layout-sample";
import { layoutGraph } from "./layout";
import { toFlow } from "./layout-input";
import { pathsSubgraph, searchSubgraph, subgraph } from "./subgraph";
import { whoCanReach } from "./paths";
import type { AccessGraph } from "./types";

const ORG = sampleOrganization(60);
const ids = (g: AccessGraph) => g.nodes.map((n) => n.id).sort();
const user0 = "arn:aws:iam::111111111111:user/user-0";

describe("subgraph", () => {
  it("keeps the nodes asked for, the edges among them and the account nodes of their accounts only", () => {
    const hub = "arn:aws:iam::111111111111:role/hub-0";
    const sub = subgraph(ORG, [user0, hub]);
    expect(ids(sub)).toEqual(["account:111111111111", hub, user0].sort());
    expect(sub.edges.map((e) => e.id)).toEqual([`${user0}|${hub}`]);
  });

  it("leaves out the trusted-but-denied edges unless asked for", () => {
    const graph: AccessGraph = { ...ORG, edges: [...ORG.edges, { id: "d", kind: "trusted-but-denied", source: "ec2.amazonaws.com", target: user0, chips: [], crossAccount: false }] };
    expect(subgraph(graph, ["ec2.amazonaws.com", user0]).edges).toEqual([]);
    expect(subgraph(graph, ["ec2.amazonaws.com", user0], () => true).edges.map((e) => e.id)).toEqual(["d"]);
  });
});

describe("searchSubgraph", () => {
  it("draws the matches and the edges that touch them with their other ends, as the table lists them", () => {
    const sub = searchSubgraph(ORG, "USER-0");
    const linked = ORG.edges.filter((e) => e.source === user0 || e.target === user0);
    expect(linked.length).toBeGreaterThan(1);
    expect(sub.edges.map((e) => e.id).sort()).toEqual(linked.map((e) => e.id).sort());
    for (const e of linked) expect(sub.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([e.source, e.target]));
    expect(sub.nodes.filter((n) => n.kind === "user").map((n) => n.id)).toEqual([user0]);
  });

  it("is empty for a search that matches nothing", () => {
    expect(searchSubgraph(ORG, "no-such-principal").nodes).toEqual([]);
  });
});

describe("a view's own layout", () => {
  it("places only the view's nodes, and the page draws only them with the view's own edges", async () => {
    const target = ORG.nodes.find((n) => n.id.endsWith(":role/app-3"))!.id;
    const paths = whoCanReach(ORG, target);
    expect(paths.length).toBeGreaterThan(0);
    const sub = pathsSubgraph(ORG, paths);
    // Not every edge among the answer's nodes: the member-of edges are on no path.
    expect(sub.edges.map((e) => e.id).sort()).toEqual([...new Set(paths.flatMap((p) => p.edges))].sort());
    const positions = await layoutGraph(sub, false, true);
    expect(positions.edgeIds!.sort()).toEqual(sub.edges.map((e) => e.id).sort());
    const flow = toFlow(ORG, positions, { showDenied: positions.denied });
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(ids(sub));
    expect(flow.edges.map((e) => e.id).sort()).toEqual(sub.edges.map((e) => e.id).sort());
    for (const p of paths) for (const e of p.edges) expect(flow.edges.map((x) => x.id)).toContain(e);
  });
});
