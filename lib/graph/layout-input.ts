// The access graph's drawing, as pure data: AccessGraph → ELK input (layered, RIGHT, accounts as
// compound nodes, columns as ELK partitions) and ELK's answer → xyflow nodes and edges with the
// spec §3.4 styles. No React and no ELK runtime here, so it is unit-tested and benchmarked alone;
// the server runs ELK (lib/graph/layout.ts) and sends compactLayout()'s positions, the page calls toFlow().
import type { Edge, Node, NodeHandle } from "@xyflow/react";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { AccessGraph, EdgeChip, GraphEdge, GraphLayout, GraphNode, PlacedNode } from "./types";

export const NODE_WIDTH = 188;
export const NODE_HEIGHT = 52;
/** Room for the account box's title above its members. */
const BOX_PADDING = "[top=44,left=20,bottom=20,right=20]";

export const ROOT_LAYOUT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  // Columns (GraphNode.column) are partitions: ELK keeps partition n left of partition n+1.
  "elk.partitioning.activate": "true",
  "elk.spacing.nodeNode": "20",
  "elk.layered.spacing.nodeNodeBetweenLayers": "56",
  "elk.spacing.edgeNode": "16",
  "elk.edgeRouting": "POLYLINE",
  // Speed over the last few crossings (bench:graph-layout): the greedy-switch pass is quadratic in a
  // layer's size (an identity account's users share one layer), and fewer sweeps barely change the picture.
  "elk.layered.thoroughness": "2",
  "elk.layered.crossingMinimization.greedySwitch.type": "OFF",
  "elk.layered.crossingMinimization.greedySwitchHierarchical.type": "OFF",
};

export interface AccountBox {
  id: string;
  accountId: string;
  label: string;
  column: number;
}

export interface PrincipalNodeData extends Record<string, unknown> {
  node: GraphNode;
  /** Set by decorate(): not on the focused node's paths (drawn faded). */
  dimmed?: boolean;
  /** Set by decorate(): the name matches the search. */
  match?: boolean;
  /** Set by decorate(): on a query answer's path. */
  onPath?: boolean;
}

export interface AccountNodeData extends Record<string, unknown> {
  box: AccountBox;
  dimmed?: boolean;
}

export type EdgeVariant = "unconditional" | "conditional" | "member-of" | "trusted-but-denied";

export interface EdgeVisual {
  variant: EdgeVariant;
  stroke: string;
  strokeDasharray?: string;
  /** The chips drawn on the edge (cross-account is shown by the color, not a chip). */
  chips: string[];
}

export interface AccessEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  visual: EdgeVisual;
  dimmed?: boolean;
  onPath?: boolean;
}

export type PrincipalFlowNode = Node<PrincipalNodeData, "principal">;
export type AccountFlowNode = Node<AccountNodeData, "account">;
export type FlowNode = PrincipalFlowNode | AccountFlowNode;
export type FlowEdge = Edge<AccessEdgeData, "access">;

/** Edge strokes, as CSS for style attributes (not SVG presentation attributes): the ink lightens in dark mode. */
export const COLORS = {
  ink: "light-dark(#414d5c,#b6bec9)",
  crossAccount: "#ec7211",
  memberOf: "#8c8c94",
  denied: "#d91515",
} as const;

export function chipLabel(chip: EdgeChip): string {
  switch (chip.kind) {
    case "MFA":
      return "MFA";
    case "ExternalId":
      return `ExternalId=${chip.value}`;
    case "SourceIdentity":
      return chip.value ? `SourceIdentity=${chip.value}` : "SourceIdentity";
    case "RoleSessionName":
      return chip.value ? `RoleSessionName=${chip.value}` : "RoleSessionName";
    case "tag":
      return `tag:${chip.key}=${chip.value}`;
    case "SourceIp":
      return `SourceIp ${chip.cidr}`;
    case "PrincipalOrgID":
      return `PrincipalOrgID=${chip.value}`;
    case "aud":
      return `aud=${chip.value}`;
    case "sub":
      return `sub=${chip.value}`;
    case "cross-account":
      return "cross-account";
  }
}

/** Spec §3.4: solid = unconditional, dashed with chips = conditional, orange = cross-account, dashed member-of. */
export function edgeVisual(edge: GraphEdge): EdgeVisual {
  const chips = edge.chips.filter((c) => c.kind !== "cross-account").map(chipLabel);
  if (edge.kind === "member-of") return { variant: "member-of", stroke: COLORS.memberOf, strokeDasharray: "2 4", chips: [] };
  if (edge.kind === "trusted-but-denied") return { variant: "trusted-but-denied", stroke: COLORS.denied, strokeDasharray: "1 3", chips };
  const stroke = edge.crossAccount ? COLORS.crossAccount : COLORS.ink;
  return chips.length ? { variant: "conditional", stroke, strokeDasharray: "6 4", chips } : { variant: "unconditional", stroke, chips };
}

const NODE_KIND_LABEL: Record<GraphNode["kind"], string> = {
  account: "Account",
  user: "User",
  group: "User group",
  role: "Role",
  service: "Service",
  "oidc-provider": "OIDC provider",
  "saml-provider": "SAML provider",
  "external-account": "External account",
  public: "Public (*)",
};

export function nodeKindLabel(kind: GraphNode["kind"]): string {
  return NODE_KIND_LABEL[kind];
}

/** Screen-reader names for the drawing's elements (xyflow puts them in aria-label). */
export function nodeAriaLabel(node: GraphNode): string {
  const admin = node.admin === "full" ? ", can reach admin" : node.admin === "capped" ? ", admin capped by a boundary or SCP" : "";
  return `${nodeKindLabel(node.kind)} ${node.label}${admin}`;
}

export function edgeAriaLabel(edge: GraphEdge, label: (id: string) => string): string {
  const verb = edge.kind === "member-of" ? "is a member of" : edge.kind === "trusted-but-denied" ? "is trusted by but denied" : "can assume";
  const extras = [...edge.chips.filter((c) => c.kind !== "cross-account").map(chipLabel), ...(edge.crossAccount ? ["cross-account"] : [])];
  return `${label(edge.source)} ${verb} ${label(edge.target)}${extras.length ? ` (requires ${extras.join(", ")})` : ""}`;
}

export interface GraphFilter {
  /** The "trusted but identity-denied" debug edges (spec §3.1), hidden unless asked for. */
  showDenied?: boolean;
}

/**
 * Whether the node is drawn inside its account's box. Column 0 (IdPs, external accounts, services)
 * stays in the left column even when it belongs to an account (an IdP's ARN names one): the column wins.
 */
function inBox(n: GraphNode): boolean {
  return n.kind !== "account" && !!n.accountId && n.column > 0;
}

/** The account boxes: the graph's account nodes, plus one for any accountId that has members but no node. */
export function accountBoxes(graph: AccessGraph): AccountBox[] {
  const boxes = new Map<string, AccountBox>();
  for (const n of graph.nodes) {
    if (n.kind !== "account") continue;
    const accountId = n.accountId ?? n.id.replace(/^account:/, "");
    boxes.set(accountId, { id: n.id, accountId, label: n.label, column: n.column });
  }
  for (const n of graph.nodes) {
    const accountId = n.accountId;
    if (!accountId || !inBox(n)) continue;
    const box = boxes.get(accountId);
    if (!box) boxes.set(accountId, { id: `account:${accountId}`, accountId, label: accountId, column: n.column });
    else if (!graph.nodes.some((g) => g.id === box.id)) box.column = Math.min(box.column, n.column);
  }
  return [...boxes.values()].sort((a, b) => a.column - b.column || a.id.localeCompare(b.id));
}

function visibleEdges(graph: AccessGraph, filter: GraphFilter, ids: Set<string>): GraphEdge[] {
  return graph.edges.filter((e) => (filter.showDenied || e.kind !== "trusted-but-denied") && ids.has(e.source) && ids.has(e.target));
}

const byColumnThenId = (a: GraphNode, b: GraphNode) => a.column - b.column || a.id.localeCompare(b.id);

/** ELK's input: top-level nodes and account boxes partitioned by column; members nested in their box. */
export function toElkGraph(graph: AccessGraph, filter: GraphFilter = {}): ElkNode {
  const boxes = accountBoxes(graph);
  const boxOf = new Map(boxes.map((b) => [b.accountId, b]));
  const leaf = (n: GraphNode, partition?: number): ElkNode => ({
    id: n.id,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    ...(partition === undefined ? {} : { layoutOptions: { "elk.partitioning.partition": String(partition) } }),
  });
  const members = new Map<string, ElkNode[]>(boxes.map((b) => [b.id, []]));
  const loose: ElkNode[] = [];
  const ids = new Set<string>(boxes.map((b) => b.id));
  for (const n of [...graph.nodes].sort(byColumnThenId)) {
    if (n.kind === "account") continue;
    ids.add(n.id);
    const box = inBox(n) ? boxOf.get(n.accountId!) : undefined;
    if (box) members.get(box.id)!.push(leaf(n));
    else loose.push(leaf(n, n.column));
  }
  const boxNodes: ElkNode[] = boxes.map((b) => ({
    id: b.id,
    layoutOptions: { "elk.partitioning.partition": String(b.column), "elk.padding": BOX_PADDING },
    children: members.get(b.id)!,
    // An empty account still gets a box wide enough for its title.
    ...(members.get(b.id)!.length ? {} : { width: NODE_WIDTH, height: NODE_HEIGHT }),
  }));
  const edges: ElkExtendedEdge[] = visibleEdges(graph, filter, ids).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const children = [...loose, ...boxNodes].sort((a, b) => partitionOf(a) - partitionOf(b));
  return { id: "root", layoutOptions: ROOT_LAYOUT_OPTIONS, children, edges };
}

function partitionOf(n: ElkNode): number {
  return Number(n.layoutOptions?.["elk.partitioning.partition"] ?? 0);
}

/** ELK's answer as the page needs it: ids, whole-pixel positions and sizes, nesting; no edge routes or options. */
export function compactLayout(laidOut: ElkNode, filter: GraphFilter = {}): GraphLayout {
  const place = (n: ElkNode): PlacedNode => ({
    id: n.id,
    x: Math.round(n.x ?? 0),
    y: Math.round(n.y ?? 0),
    width: Math.round(n.width ?? NODE_WIDTH),
    height: Math.round(n.height ?? NODE_HEIGHT),
    ...(n.children?.length ? { children: n.children.map(place) } : {}),
  });
  return { denied: !!filter.showDenied, children: (laidOut.children ?? []).map(place) };
}

/** The drawn handles' size (graph-elements.tsx: 4 px). */
const HANDLE_SIZE = 4;

/**
 * Where a node's two handles sit (left middle: target; right middle: source), as xyflow then measures
 * them (graph-elements.tsx's 4 px handles): given with the node's size, xyflow draws nodes and edges
 * in its first render. The size is given as `measured` too: without it xyflow counts the nodes as not
 * yet measured after every update of them, and queues each fitView (a search's reveal) until its next
 * measuring pass, which may never come.
 */
function handlesOf(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  return [
    { type: "target", position: "left" as NodeHandle["position"], x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    { type: "source", position: "right" as NodeHandle["position"], x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
  ];
}

type LaidOut = Pick<ElkNode, "children"> | Pick<GraphLayout, "children" | "edgeIds">;

/**
 * Positions → xyflow elements: boxes first (xyflow needs a parent before its children), child positions
 * relative. Only the nodes placed are drawn (a view of part of the graph), with the edges among them.
 */
export function toFlow(graph: AccessGraph, laidOut: LaidOut, filter: GraphFilter = {}): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const boxes = new Map(accountBoxes(graph).map((b) => [b.id, b]));
  const nodes: FlowNode[] = [];
  const children: FlowNode[] = [];
  const principal = (n: GraphNode, at: { x?: number; y?: number }, parentId?: string): PrincipalFlowNode => ({
    id: n.id,
    type: "principal",
    position: { x: at.x ?? 0, y: at.y ?? 0 },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
    handles: handlesOf(NODE_WIDTH, NODE_HEIGHT),
    ...(parentId ? { parentId } : {}),
    data: { node: n },
    ariaLabel: nodeAriaLabel(n),
    draggable: false,
    connectable: false,
  });
  for (const top of laidOut.children ?? []) {
    const box = boxes.get(top.id);
    if (box) {
      nodes.push({
        id: box.id,
        type: "account",
        position: { x: top.x ?? 0, y: top.y ?? 0 },
        width: top.width,
        height: top.height,
        measured: { width: top.width, height: top.height },
        handles: handlesOf(top.width ?? NODE_WIDTH, top.height ?? NODE_HEIGHT),
        data: { box },
        ariaLabel: `Account ${box.label} (${box.accountId})`,
        draggable: false,
        connectable: false,
        focusable: false,
        zIndex: -1,
      });
      for (const child of top.children ?? []) {
        const n = byId.get(child.id);
        if (n) children.push(principal(n, child, box.id));
      }
    } else {
      const n = byId.get(top.id);
      if (n) nodes.push(principal(n, top));
    }
  }
  const ids = new Set([...nodes, ...children].map((n) => n.id));
  const label = (id: string) => byId.get(id)?.label ?? boxes.get(id)?.label ?? id;
  // A view of part of the graph lists the edges it draws.
  const only = "edgeIds" in laidOut && laidOut.edgeIds ? new Set(laidOut.edgeIds) : null;
  const edges: FlowEdge[] = visibleEdges(graph, filter, ids)
    .filter((e) => !only || only.has(e.id))
    .map((e) => ({
    id: e.id,
    type: "access",
    source: e.source,
    target: e.target,
    data: { edge: e, visual: edgeVisual(e) },
    ariaLabel: edgeAriaLabel(e, label),
  }));
  return { nodes: [...nodes, ...children], edges };
}
