// The access graph's contract (issue #14 part 3, spec ../shared/spec/observability-spec.md §3):
// computed on the server by lib/graph/ (edges only where the real engine allows the whole request),
// served by GET /api/console/access-graph, drawn by the access-graph page and listed in its table view.

export type GraphNodeKind =
  | "account"
  | "user"
  | "group"
  | "role"
  | "service"
  | "oidc-provider"
  | "saml-provider"
  | "external-account"
  | "public";

export interface GraphNode {
  /** Stable id: the ARN for IAM entities, the principal string for services/public, `account:<id>` for boxes. */
  id: string;
  kind: GraphNodeKind;
  label: string;
  /** The account box this node sits in (absent for services, public, IdPs outside any account). */
  accountId?: string;
  /** Layer hint for the layout: 0 = IdPs/external/services, 1 = identity account, 2+ = workload accounts. */
  column: number;
  /** The engine allows `*` on `*` for this principal (red halo); `capped` when a boundary or SCP cuts it down. */
  admin?: "full" | "capped";
}

/** What the trust requires for an edge (spec §3.1 chips). */
export type EdgeChip =
  | { kind: "MFA" }
  | { kind: "ExternalId"; value: string }
  | { kind: "SourceIdentity"; value?: string }
  | { kind: "RoleSessionName"; value?: string }
  | { kind: "tag"; key: string; value: string }
  | { kind: "SourceIp"; cidr: string }
  | { kind: "PrincipalOrgID"; value: string }
  | { kind: "aud"; value: string }
  | { kind: "sub"; value: string }
  | { kind: "cross-account" };

export type GraphEdgeKind = "can-assume" | "member-of" | "trusted-but-denied";

export interface GraphEdge {
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  /** sts:AssumeRole, sts:AssumeRoleWithWebIdentity or sts:AssumeRoleWithSAML. */
  action?: string;
  chips: EdgeChip[];
  crossAccount: boolean;
  /** The minimal context the engine allowed (request context keys and values). */
  context?: Record<string, string | string[]>;
  /** Times a matching AssumeRole* was observed in the activity log (CloudTrail). */
  observed?: number;
}

/** Both sides of an edge's decision, for the edge panel (fetched on click). */
export interface EdgeExplanation {
  edge: GraphEdge;
  identity?: { decision: string; statements: Array<{ policy: string; sid?: string; lines?: [number, number] }> };
  trust: { decision: string; statements: Array<{ policy: string; sid?: string; lines?: [number, number] }> };
  boundary?: string;
  scps?: string[];
  rcps?: string[];
}

export interface AccessGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** When it was computed (it is cached until the next authorization change). */
  computedAt: string;
}

/** A managed policy attached to principals of the graph: what "who can reach admin" may ask about. */
export interface GraphPolicy {
  arn: string;
  name: string;
  /** The account of a customer managed policy (none for an AWS managed one). */
  accountId?: string;
  /** The principals it is attached to. */
  holders: number;
}

/** A path answer: the node ids from start to end, and the union of the chips along it. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
  chips: EdgeChip[];
}

/** A node's place in the drawing (ELK's layered layout, computed on the server); a box's members are placed relative to it. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  children?: PlacedNode[];
}

/** The positions of one view of the graph: the whole graph, a search's matches or a query's paths. */
export interface GraphLayout {
  /** Whether the "trusted but identity-denied" edges were laid out (then they are drawn). */
  denied: boolean;
  /** The top-level nodes and account boxes; only the nodes placed here are drawn, with the edges among them. */
  children: PlacedNode[];
  /** A view of part of the graph: the edges it draws (a query's paths, a search's matches' edges). Absent: all among the placed nodes. */
  edgeIds?: string[];
  /**
   * Set, with nothing placed, when the view is more than a drawing can be (lib/graph/layout.ts): over
   * the size limits, or ELK did not finish in time.
   */
  tooLarge?: { nodes: number; edges: number; maxNodes: number; maxEdges: number; timedOut?: boolean };
}

/** GET /api/console/access-graph: the graph with the whole graph's layout, both cached until an authorization change. */
export interface PositionedGraph extends AccessGraph {
  layout: GraphLayout;
}
