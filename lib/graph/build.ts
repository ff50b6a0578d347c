// The access graph of an account set (spec §3.1): nodes for accounts, users, groups, roles, services,
// identity providers, accounts outside the set and "*"; "can assume" edges only where the engine
// allows the whole request; member-of edges; admin reach. Pure computation over loadGraphData().
import { decideRequest, type AccessDecision } from "@/lib/authz/decide";
import { assembleRequest } from "@/lib/authz/request";
import type { AccessGraph, GraphEdge, GraphNode } from "./types";
import { deniedExplanation, edgeId, federatedEdge, iamEdge, serviceEdge, tryIamEdge, type EdgeEnv, type FederatedSource } from "./edges";
import type { GraphData, GraphRole } from "./load";
import { externalSource, roleSource, userSource, type IamSource } from "./sources";
import { GrantIndex, identityMayAllow, trustedPrincipals } from "./trust-principals";
import { serverNow } from "@/lib/server-now";

export const PUBLIC = "*";
/** The account a "*" trust is tried from: none of the graph's ([INF] any account id outside the set would do). */
const PUBLIC_ACCOUNT = "999999999999";

export interface BuiltGraph {
  graph: AccessGraph;
  data: GraphData;
  /** Re-decides an edge with the engine's explanation (the edge panel), in its minimal context. */
  explain: (edgeId: string) => { edge: GraphEdge; decision: AccessDecision; source?: IamSource; role?: GraphRole } | undefined;
  /** The nodes holding each managed policy ARN (directly or through a group). */
  attached: Map<string, string[]>;
}

const rootArn = (accountId: string) => `arn:aws:iam::${accountId}:root`;
const ACCOUNT_OF = /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/;

function reverse(trustPrincipalIds: string): Map<string, string> {
  try {
    const m = JSON.parse(trustPrincipalIds) as Record<string, string>;
    return new Map(Object.entries(m).map(([arn, id]) => [id, arn]));
  } catch {
    return new Map();
  }
}

/** A provider named by a trust but not registered in the set: a built-in name, or an ARN elsewhere. */
function federatedSource(principal: string, registered: Map<string, FederatedSource>): FederatedSource {
  const known = registered.get(principal);
  if (known) return known;
  const saml = principal.includes(":saml-provider/");
  const hostPath = principal.replace(/^arn:[\w-]+:iam::\d{12}:oidc-provider\//, "");
  return { principal, kind: saml ? "SAML" : "OIDC", hostPath, clientIds: [] };
}

const signatures = new WeakMap<IamSource, string>();
function signature(src: IamSource): string {
  let s = signatures.get(src);
  if (s === undefined) signatures.set(src, (s = src.policies.identity.map((p) => p.ref.id).join("\n")));
  return s;
}

export function buildGraph(data: GraphData, now = serverNow()): BuiltGraph {
  const env: EdgeEnv = { rcpsOf: (a) => data.accounts.get(a)?.org.rcps, now };
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const explainers = new Map<string, (explain: boolean) => { edge: GraphEdge; decision: AccessDecision; source?: IamSource; role?: GraphRole } | undefined>();
  const addNode = (n: GraphNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
  };

  for (const a of data.accounts.values()) addNode({ id: `account:${a.id}`, kind: "account", label: a.label, accountId: a.id, column: 2 });
  for (const g of data.groups) addNode({ id: g.arn, kind: "group", label: g.name, accountId: g.accountId, column: 2 });
  for (const u of data.users) addNode({ id: u.arn, kind: "user", label: u.name, accountId: u.accountId, column: 2 });
  for (const r of data.roles) addNode({ id: r.arn, kind: "role", label: r.name, accountId: r.accountId, column: 2 });
  const registered = new Map<string, FederatedSource>();
  for (const p of data.providers) {
    registered.set(p.arn, { principal: p.arn, kind: p.kind, hostPath: p.name, clientIds: p.clientIds });
    addNode({ id: p.arn, kind: p.kind === "SAML" ? "saml-provider" : "oidc-provider", label: p.name, accountId: p.accountId, column: 0 });
  }

  const groupArn = new Map(data.groups.map((g) => [g.id, g.arn]));
  for (const u of data.users) {
    for (const g of u.groupIds) {
      const target = groupArn.get(g);
      if (target) edges.push({ id: edgeId("member-of", u.arn, target), kind: "member-of", source: u.arn, target, chips: [], crossAccount: false });
    }
  }

  // Sources, indexed the ways a trust policy can name them.
  const sources = [...data.users.map(userSource), ...data.roles.filter((r) => !r.serviceLinked).map((r) => roleSource(r, data.roleSessionsCanMfa))];
  const byName = new Map<string, IamSource>();
  // Per account, sources grouped by their identity policies (a team's users share them): the
  // delegation pre-check runs once per group and role.
  const grouped = new Map<string, Map<string, IamSource[]>>();
  for (const s of sources) {
    const entity = s.user ?? s.role!;
    byName.set(entity.arn, s);
    byName.set(entity.id, s);
    const groups = grouped.get(s.accountId) ?? new Map<string, IamSource[]>();
    const key = signature(s);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
    grouped.set(s.accountId, groups);
  }
  // Each group's identity policies indexed by their sts:AssumeRole grants: a role is matched once
  // against each distinct resource pattern of the account, not once per group.
  const byAccount = new Map<string, { groups: [string, IamSource[]][]; index: GrantIndex }>();
  for (const [accountId, groups] of grouped) {
    const list = [...groups];
    byAccount.set(accountId, { groups: list, index: new GrantIndex(list.map(([, g]) => g[0].policies.identity)) });
  }

  const explainIam = (src: IamSource, role: GraphRole, edge: GraphEdge, explain: boolean) => {
    if (edge.kind === "trusted-but-denied") return deniedExplanation(src, role, env, edge);
    const t = tryIamEdge(src, role, env, explain);
    return t && { edge, decision: t.decision, source: src, role };
  };
  const addIam = (src: IamSource, role: GraphRole) => {
    const edge = iamEdge(src, role, env);
    if (!edge) return false;
    // Outside the set, a principal whose identity side is unknown is never "identity-denied".
    if (edge.kind === "trusted-but-denied" && src.kind === "external") return false;
    edges.push(edge);
    // An edge from a user or role of the set is explained from its ends (found again on demand); the
    // few from outside keep their made-up source.
    if (src.kind === "external") explainers.set(edge.id, (explain) => explainIam(src, role, edge, explain));
    return edge.kind === "can-assume";
  };

  for (const role of data.roles) {
    if (!role.trust) continue;
    const trusted = trustedPrincipals(role.trust);
    const ids = reverse(role.trustPrincipalIds);
    const tried = new Set<IamSource>();
    // Sources with the same identity policies (a team's users) share the pre-check's answer.
    const mayAllow = new Map<string, boolean>();
    const tryIn = (src: IamSource, delegatedOnly: boolean) => {
      if (tried.has(src) || src.role === role) return;
      tried.add(src);
      // Delegation (the trust names only the account, or a caller from elsewhere): the identity side must allow.
      if (delegatedOnly || src.accountId !== role.accountId) {
        const key = signature(src);
        let ok = mayAllow.get(key);
        if (ok === undefined) mayAllow.set(key, (ok = identityMayAllow(src.policies.identity, role.arn)));
        if (!ok) return;
      }
      addIam(src, role);
    };
    const external = new Map<string, { arn?: string; id?: string }[]>();
    const noteExternal = (accountId: string, arn?: string, id?: string) => {
      const list = external.get(accountId) ?? [];
      list.push({ arn, id });
      external.set(accountId, list);
    };

    for (const e of trusted.entities) {
      const src = byName.get(e) ?? byName.get(ids.get(e) ?? "");
      if (src) tryIn(src, false);
      else {
        const arn = e.startsWith("arn:") ? e : ids.get(e);
        const acct = arn && ACCOUNT_OF.exec(arn)?.[1];
        if (acct && !data.accounts.has(acct)) noteExternal(acct, arn, e.startsWith("arn:") ? undefined : e);
      }
    }
    for (const a of trusted.accounts) {
      if (!data.accounts.has(a)) {
        noteExternal(a);
        continue;
      }
      const account = byAccount.get(a);
      if (!account) continue;
      const ok = account.index.mayAllow(role.arn);
      for (let i = 0; i < account.groups.length; i++) {
        if (!ok[i]) continue;
        const [key, group] = account.groups[i];
        mayAllow.set(key, true);
        for (const src of group) tryIn(src, true);
      }
    }
    if (trusted.any) {
      for (const src of sources) tryIn(src, false);
      const pub = externalSource(PUBLIC, PUBLIC_ACCOUNT, undefined, undefined);
      if (addIam(pub, role)) addNode({ id: PUBLIC, kind: "public", label: "Everyone (*)", column: 0 });
    }
    for (const [acct, named] of external) {
      const nodeId = rootArn(acct);
      for (const n of named) {
        if (addIam(externalSource(nodeId, acct, n.arn, n.id), role)) {
          addNode({ id: nodeId, kind: "external-account", label: acct, column: 0 });
          break;
        }
      }
    }
    for (const service of trusted.services) {
      const hit = serviceEdge(service, role, now);
      if (!hit) continue;
      addNode({ id: service, kind: "service", label: service, column: 0 });
      edges.push(hit.edge);
      explainers.set(hit.edge.id, (explain) => {
        const again = serviceEdge(service, role, now, explain);
        return again && { ...again, role };
      });
    }
    for (const f of trusted.federated) {
      const src = federatedSource(f, registered);
      const hit = federatedEdge(src, role, env);
      if (!hit) continue;
      addNode({ id: f, kind: src.kind === "SAML" ? "saml-provider" : "oidc-provider", label: src.hostPath.split("/").pop() ?? f, column: 0 });
      edges.push(hit.edge);
      explainers.set(hit.edge.id, (explain) => {
        const again = federatedEdge(src, role, env, explain);
        return again && { ...again, role };
      });
    }
  }

  markAdmins(sources, nodes, env);
  const roleByArn = new Map(data.roles.map((r) => [r.arn, r]));
  let edgeIndex: Map<string, GraphEdge> | undefined;
  assignColumns(nodes, edges);
  const attached = new Map<string, string[]>();
  for (const s of sources) {
    for (const arn of (s.user ?? s.role)!.attached) {
      const holders = attached.get(arn);
      if (holders) holders.push(s.nodeId);
      else attached.set(arn, [s.nodeId]);
    }
  }
  return {
    graph: { nodes: [...nodes.values()], edges, computedAt: now.toISOString() },
    data,
    attached,
    explain: (id) => {
      const own = explainers.get(id);
      if (own) return own(true);
      edgeIndex ??= new Map(edges.map((e) => [e.id, e]));
      const edge = edgeIndex.get(id);
      const src = edge && edge.kind !== "member-of" ? byName.get(edge.source) : undefined;
      const role = edge && roleByArn.get(edge.target);
      return src && role ? explainIam(src, role, edge!, true) : undefined;
    },
  };
}

/** Admin reach: the engine allows `*` on `*`; "capped" when only the boundary or SCPs stop it. */
function markAdmins(sources: IamSource[], nodes: Map<string, GraphNode>, env: EdgeEnv): void {
  for (const s of sources) {
    // With no identity policy nothing can allow (no resource policy takes part): not an admin.
    if (s.policies.identity.length === 0) continue;
    const request = assembleRequest(s.caller(s.mfaStates[0]), s.policies, env.rcpsOf(s.accountId), "*", "*", { now: env.now });
    const node = nodes.get(s.nodeId);
    if (!node) continue;
    if (decideRequest(request).allowed) node.admin = "full";
    else if (decideRequest({ ...request, permissionsBoundary: undefined, scps: undefined }).allowed) node.admin = "capped";
  }
}

/** Column 1: accounts whose principals assume roles in other accounts of the set; the rest 2. */
function assignColumns(nodes: Map<string, GraphNode>, edges: GraphEdge[]): void {
  const accountOf = (id: string) => nodes.get(id)?.accountId;
  const identity = new Set<string>();
  for (const e of edges) {
    if (e.kind !== "can-assume") continue;
    const from = accountOf(e.source);
    const to = accountOf(e.target);
    if (from && to && from !== to && nodes.get(e.source)?.kind !== "oidc-provider" && nodes.get(e.source)?.kind !== "saml-provider") identity.add(from);
  }
  const accounts = [...nodes.values()].filter((n) => n.kind === "account").map((n) => n.accountId!);
  // With no cross-account use, every account is an identity account of its own.
  const columnOf = (a: string) => (identity.size === 0 || identity.has(a) ? 1 : 2);
  for (const n of nodes.values()) {
    if (n.column === 0 || !n.accountId) continue;
    if (accounts.includes(n.accountId)) n.column = columnOf(n.accountId);
  }
}
