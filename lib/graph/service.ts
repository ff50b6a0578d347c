// The access graph as the console API serves it: authorized first (one door), limited to the accounts
// the caller may read in IAM, computed once per account set and kept until an authorization change
// (the policy cache's generations: this process's writes at once, other instances' within POLL_MS),
// with the observed-use overlay read fresh on every request.
import type { Caller } from "@/lib/authz/caller";
import { authorize, decide } from "@/lib/authz/authorize";
import { PolicyCache } from "@/lib/authz/policy-cache";
import { GenerationWatcher, readGeneration } from "@/lib/data/generation";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { AccessGraph, EdgeExplanation, GraphPath } from "./types";
import { buildGraph, type BuiltGraph } from "./build";
import { explainEdge } from "./explain";
import { loadGraphData } from "./load";
import { observedUse } from "./observed";
import { whatCanReach, whoCanReach, whoCanReachAdmin, type PathQuery } from "./paths";

/** What reading the graph takes: the account's whole authorization picture, as one IAM read. */
export const GRAPH_ACTION = "iam:GetAccountAuthorizationDetails";
/** What, in the organization's management account, extends it to every member account [INF]. */
export const ORG_ACTION = "organizations:ListAccounts";

const graphs = new PolicyCache(new GenerationWatcher(() => readGeneration(db)), Number.POSITIVE_INFINITY);
const pending = new Map<string, Promise<BuiltGraph>>();

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
      p = loadGraphData(accountIds)
        .then((data) => buildGraph(data))
        .finally(() => pending.delete(key));
      pending.set(key, p);
    }
    return p;
  });
}

export async function accessGraphFor(caller: Caller): Promise<AccessGraph> {
  const built = await graphOf(await readableAccounts(caller));
  const observed = await observedUse(built.data);
  const edges = built.graph.edges.map((e) => {
    const n = e.kind === "can-assume" ? observed.get(`${e.source}|${e.target}`) : undefined;
    return n ? { ...e, observed: n } : e;
  });
  return { ...built.graph, edges };
}

export async function edgeExplanationFor(caller: Caller, id: string): Promise<EdgeExplanation> {
  const built = await graphOf(await readableAccounts(caller));
  const explained = explainEdge(built, id);
  if (!explained) throw new AwsError("NoSuchEntity", `The edge ${id} cannot be found.`);
  const n = (await observedUse(built.data)).get(`${explained.edge.source}|${explained.edge.target}`);
  return n ? { ...explained, edge: { ...explained.edge, observed: n } } : explained;
}

export async function pathsFor(caller: Caller, q: PathQuery): Promise<{ paths: GraphPath[] }> {
  const built = await graphOf(await readableAccounts(caller));
  const known = (id: string) => {
    if (!built.graph.nodes.some((n) => n.id === id)) throw new AwsError("NoSuchEntity", `The node ${id} cannot be found.`);
  };
  if (q.query === "who-can-reach") {
    known(q.target);
    return { paths: whoCanReach(built.graph, q.target) };
  }
  if (q.query === "what-can-reach") {
    known(q.source);
    return { paths: whatCanReach(built.graph, q.source) };
  }
  return { paths: whoCanReachAdmin(built.graph, q.policy ? (built.attached.get(q.policy) ?? []) : undefined) };
}
