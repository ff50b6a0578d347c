// The access graph as the console API serves it: authorized first (one door), limited to the accounts
// the caller may read in IAM, computed once per account set and kept until an authorization change
// (the policy cache's generations: this process's writes at once, other instances' within POLL_MS),
// with the observed-use overlay read fresh on every request. The drawing's positions are computed here
// too (layout.ts), started as soon as the graph is built and kept with it, as are the layouts of the
// views of part of it (a search, a query's answer).
import type { Caller } from "@/lib/authz/caller";
import { authorize, decide } from "@/lib/authz/authorize";
import { PolicyCache } from "@/lib/authz/policy-cache";
import { GenerationWatcher, readGeneration } from "@/lib/data/generation";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { parseArn } from "@/lib/aws/arn";
import type { EdgeExplanation, GraphLayout, GraphPath, GraphPolicy, PositionedGraph } from "./types";
import { buildGraph, type BuiltGraph } from "./build";
import { explainEdge } from "./explain";
import { LayoutCache, warmLayout } from "./layout";
import { loadGraphData } from "./load";
import { observedUse } from "./observed";
import { whatCanReach, whoCanReach, whoCanReachAdmin, type PathQuery } from "./paths";
import { pathsSubgraph, searchSubgraph } from "./subgraph";

/** What reading the graph takes: the account's whole authorization picture, as one IAM read. */
export const GRAPH_ACTION = "iam:GetAccountAuthorizationDetails";
/** What, in the organization's management account, extends it to every member account [INF]. */
export const ORG_ACTION = "organizations:ListAccounts";

const graphs = new PolicyCache(new GenerationWatcher(() => readGeneration(db)), Number.POSITIVE_INFINITY);
const pending = new Map<string, Promise<BuiltGraph>>();
// Each built graph's layouts: dropped with it when an authorization change replaces it.
const layouts = new WeakMap<BuiltGraph, LayoutCache>();

function layoutsOf(built: BuiltGraph): LayoutCache {
  let cache = layouts.get(built);
  if (!cache) layouts.set(built, (cache = new LayoutCache()));
  return cache;
}

/** The whole graph's positions (with the denied debug edges or without). */
export function wholeLayout(built: BuiltGraph, denied = false): Promise<GraphLayout> {
  return layoutsOf(built).get(`all:${denied}`, () => built.graph, denied);
}

/**
 * The accounts whose IAM the caller may read: its own; in the organization's management account,
 * with organizations:ListAccounts too, every account of the organization (as IAM Access Analyzer's
 * organization zone of trust sees them) [INF].
 */
export async function readableAccounts(caller: Caller): Promise<string[]> {
  await authorize(caller, GRAPH_ACTION, "*");
  const account = await db.account.findUnique({ where: { id: caller.accountId }, select: { organization: { select: { id: true, masterAccountId: true } } } });
  const org = account?.organization;
  if (!org || org.masterAccountId !== caller.accountId) return [caller.accountId];
  if (!(await decide(caller, ORG_ACTION, "*")).allowed) return [caller.accountId];
  const members = await db.account.findMany({ where: { organizationId: org.id }, select: { id: true }, orderBy: { id: "asc" } });
  return members.map((m) => m.id);
}

/** The built graph of an account set, from the cache while no authorization data has changed. */
export async function graphOf(accountIds: string[]): Promise<BuiltGraph> {
  const key = [...accountIds].sort().join(",");
  return graphs.get(key, () => {
    // Concurrent misses share one computation.
    let p = pending.get(key);
    if (!p) {
      warmLayout();
      p = loadGraphData(accountIds)
        .then((data) => {
          const built = buildGraph(data);
          // Laid out at once, in the layout thread: the page's request waits for it, the queries and
          // edge explanations (which need no positions) do not.
          wholeLayout(built).catch(() => undefined);
          return built;
        })
        .finally(() => pending.delete(key));
      pending.set(key, p);
    }
    return p;
  });
}

export async function accessGraphFor(caller: Caller): Promise<PositionedGraph> {
  const built = await graphOf(await readableAccounts(caller));
  const [observed, layout] = await Promise.all([observedUse(built.data), wholeLayout(built)]);
  const edges = built.graph.edges.map((e) => {
    const n = e.kind === "can-assume" ? observed.get(`${e.source}|${e.target}`) : undefined;
    return n ? { ...e, observed: n } : e;
  });
  return { ...built.graph, edges, layout };
}

/** The positions of a view: the whole graph, or a search's matches and their neighbours (searchSubgraph). */
export async function layoutFor(caller: Caller, view: { search?: string; denied?: boolean }): Promise<GraphLayout> {
  const built = await graphOf(await readableAccounts(caller));
  const denied = !!view.denied;
  const search = (view.search ?? "").trim().toLowerCase();
  if (!search) return wholeLayout(built, denied);
  return layoutsOf(built).get(`search:${denied}:${search}`, () => searchSubgraph(built.graph, search, denied), denied, true);
}

export async function edgeExplanationFor(caller: Caller, id: string): Promise<EdgeExplanation> {
  const built = await graphOf(await readableAccounts(caller));
  const explained = explainEdge(built, id);
  if (!explained) throw new AwsError("NoSuchEntity", `The edge ${id} cannot be found.`);
  const n = (await observedUse(built.data)).get(`${explained.edge.source}|${explained.edge.target}`);
  return n ? { ...explained, edge: { ...explained.edge, observed: n } } : explained;
}

/**
 * The managed policies attached to the graph's principals, in every account it spans (not only the
 * caller's, as iam:ListPolicies would list): the choices of "who can reach admin" through a policy.
 */
export async function graphPoliciesFor(caller: Caller): Promise<{ policies: GraphPolicy[] }> {
  const built = await graphOf(await readableAccounts(caller));
  const policies = [...built.attached].map(([arn, holders]): GraphPolicy => {
    const accountId = parseArn(arn)?.account;
    return { arn, name: arn.slice(arn.lastIndexOf("/") + 1), ...(accountId && accountId !== "aws" ? { accountId } : {}), holders: holders.length };
  });
  return { policies: policies.sort((a, b) => a.name.localeCompare(b.name) || a.arn.localeCompare(b.arn)) };
}

/** A query's paths, and the positions of the drawing of them alone. */
export async function pathsFor(caller: Caller, q: PathQuery): Promise<{ paths: GraphPath[]; layout: GraphLayout }> {
  const built = await graphOf(await readableAccounts(caller));
  const paths = queryPaths(built, q);
  const layout = await layoutsOf(built).get(`paths:${JSON.stringify(q)}`, () => pathsSubgraph(built.graph, paths), false, true);
  return { paths, layout };
}

function queryPaths(built: BuiltGraph, q: PathQuery): GraphPath[] {
  const known = (id: string) => {
    if (!built.graph.nodes.some((n) => n.id === id)) throw new AwsError("NoSuchEntity", `The node ${id} cannot be found.`);
  };
  if (q.query === "who-can-reach") {
    known(q.target);
    return whoCanReach(built.graph, q.target);
  }
  if (q.query === "what-can-reach") {
    known(q.source);
    return whatCanReach(built.graph, q.source);
  }
  return whoCanReachAdmin(built.graph, q.policy ? (built.attached.get(q.policy) ?? []) : undefined);
}
