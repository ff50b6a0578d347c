// A synthetic organization's access graph, shaped like a real one: IdPs and services, an identity
// account of users/groups/hub roles, workload accounts of roles. The layout benchmark draws it at 200
// and 300 nodes; the server's layout thread lays out a small one first (lib/graph/layout.ts
// warmLayout), so ELK's code is compiled while the real graph is still being computed.
import type { AccessGraph, GraphEdge, GraphNode } from "./types";
import { serverNow } from "@/lib/server-now";

const IDENTITY = "111111111111";
const WORKLOADS = ["222222222222", "333333333333", "444444444444"];

export function sampleOrganization(total: number): AccessGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const arn = (account: string, kind: string, name: string) => `arn:aws:iam::${account}:${kind}/${name}`;
  const add = (n: GraphNode) => (nodes.push(n), n.id);
  const link = (source: string, target: string, i: number, extra: Partial<GraphEdge> = {}) =>
    edges.push({
      id: `${source}|${target}`,
      kind: "can-assume",
      source,
      target,
      action: "sts:AssumeRole",
      chips: i % 4 === 0 ? [{ kind: "MFA" }] : i % 7 === 0 ? [{ kind: "ExternalId", value: `ext-${i}` }] : [],
      crossAccount: false,
      ...extra,
    });
  add({ id: `account:${IDENTITY}`, kind: "account", label: "identity", accountId: IDENTITY, column: 1 });
  WORKLOADS.forEach((w, i) => add({ id: `account:${w}`, kind: "account", label: `workload-${i}`, accountId: w, column: 2 }));
  const services = ["ec2", "lambda", "ecs-tasks", "glue", "states"].map((s) => add({ id: `${s}.amazonaws.com`, kind: "service", label: `${s}.amazonaws.com`, column: 0 }));
  const idp = add({ id: arn(IDENTITY, "oidc-provider", "token.actions.githubusercontent.com"), kind: "oidc-provider", label: "GitHub", column: 0 });
  const left = total - nodes.length;
  const users: string[] = [];
  const hubRoles: string[] = [];
  const groups: string[] = [];
  for (let i = 0; i < Math.round(left * 0.05); i++) groups.push(add({ id: arn(IDENTITY, "group", `group-${i}`), kind: "group", label: `group-${i}`, accountId: IDENTITY, column: 1 }));
  for (let i = 0; i < Math.round(left * 0.35); i++) users.push(add({ id: arn(IDENTITY, "user", `user-${i}`), kind: "user", label: `user-${i}`, accountId: IDENTITY, column: 1, ...(i % 25 === 0 ? { admin: "full" as const } : {}) }));
  for (let i = 0; i < Math.round(left * 0.1); i++) hubRoles.push(add({ id: arn(IDENTITY, "role", `hub-${i}`), kind: "role", label: `hub-${i}`, accountId: IDENTITY, column: 1 }));
  const workloadRoles: string[] = [];
  for (let i = 0; nodes.length < total; i++) {
    const w = WORKLOADS[i % WORKLOADS.length];
    workloadRoles.push(add({ id: arn(w, "role", `app-${i}`), kind: "role", label: `app-${i}`, accountId: w, column: 2 }));
  }
  users.forEach((u, i) => {
    edges.push({ id: `${u}|member`, kind: "member-of", source: u, target: groups[i % groups.length], chips: [], crossAccount: false });
    link(u, hubRoles[i % hubRoles.length], i);
  });
  hubRoles.forEach((h, i) => {
    for (let k = 0; k < 3; k++) link(h, workloadRoles[(i * 3 + k) % workloadRoles.length], i + k, { crossAccount: true, chips: [{ kind: "cross-account" }] });
  });
  workloadRoles.forEach((r, i) => {
    if (i % 3 === 0) link(services[i % services.length], r, 1);
    if (i % 10 === 0) link(idp, r, 1, { action: "sts:AssumeRoleWithWebIdentity", chips: [{ kind: "aud", value: "sts.amazonaws.com" }] });
  });
  return { nodes, edges, computedAt: serverNow().toISOString() };
}
