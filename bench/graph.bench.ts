// Access-graph benchmark (npm run bench:graph): a fresh sandbox turned into a synthetic organization —
// five accounts, 500 users in 50 team groups of the identity account (some with MFA, some with a
// permissions boundary), 5,000 roles across the workload accounts whose trusts delegate to the
// identity account with and without conditions (MFA, ExternalId, request tag), name other roles
// (chains), services and an OIDC provider — then the time to compute the graph (load + engine) and
// the time of a cached hit. Figures only (issue #14 target: < 2 s to compute); nothing asserts on them.
import { createSandbox, sandboxEnv } from "../lib/testing/sandbox-db";
import { BIG_ORG, IDENTITY, seedOrganization, WORKLOAD } from "./graph-org";

async function main(): Promise<void> {
  const store = createSandbox();
  Object.assign(process.env, sandboxEnv(store));
  await seedOrganization(BIG_ORG);
  const { loadGraphData } = await import("../lib/graph/load");
  const { buildGraph } = await import("../lib/graph/build");
  const { graphOf } = await import("../lib/graph/service");
  const { whoCanReachAdmin } = await import("../lib/graph/paths");
  const accounts = [IDENTITY, ...WORKLOAD];

  // Warm-up (module loading, JIT) on a throwaway computation, then measured cold computations.
  buildGraph(await loadGraphData(accounts));
  // Wall time and this process's CPU time: on a shared machine the wall clock also counts the others' work.
  const runs: { load: number; build: number; cpu: number }[] = [];
  let built;
  for (let i = 0; i < 3; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const data = await loadGraphData(accounts);
    const t1 = performance.now();
    built = buildGraph(data);
    const cpu = process.cpuUsage(cpu0);
    runs.push({ load: t1 - t0, build: performance.now() - t1, cpu: (cpu.user + cpu.system) / 1000 });
  }
  const g = built!.graph;
  const canAssume = g.edges.filter((e) => e.kind === "can-assume");
  console.log(`graph: ${g.nodes.length} nodes, ${canAssume.length} can-assume edges (${canAssume.filter((e) => e.chips.some((c) => c.kind === "MFA")).length} MFA, ${canAssume.filter((e) => e.crossAccount).length} cross-account), ${g.edges.length - canAssume.length} member-of`);
  for (const [i, r] of runs.entries()) console.log(`compute #${i + 1}: ${(r.load + r.build).toFixed(0)} ms wall (load ${r.load.toFixed(0)} ms + engine ${r.build.toFixed(0)} ms), ${r.cpu.toFixed(0)} ms CPU`);

  await graphOf(accounts);
  const hits: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await graphOf(accounts);
    hits.push(performance.now() - t);
  }
  hits.sort((a, b) => a - b);
  console.log(`cached hit: p50 ${hits[25].toFixed(3)} ms, max ${hits[49].toFixed(3)} ms (50 calls)`);
  const t = performance.now();
  const admin = whoCanReachAdmin(g);
  console.log(`who-can-reach-admin: ${admin.length} paths in ${(performance.now() - t).toFixed(0)} ms`);

  // The server's layouts (lib/graph/layout.ts, ELK in the layout thread). The whole graph is over the
  // drawing limits, so GET /api/console/access-graph sends no positions for it (BENCH_FULL_LAYOUT=1
  // times ELK on it all the same: it had not finished after 10 minutes here); the views that draw part
  // of it (a query's answer, a search) are laid out alone. The first layout compiles ELK.
  const { forgetShapes, layoutGraph, MAX_DRAWN_EDGES, MAX_DRAWN_NODES } = await import("../lib/graph/layout");
  const { pathsSubgraph, searchSubgraph } = await import("../lib/graph/subgraph");
  const { whoCanReach, whatCanReach } = await import("../lib/graph/paths");
  const whole = await layoutGraph(g);
  console.log(`server layout, whole graph: ${whole.tooLarge ? `not laid out (over ${MAX_DRAWN_NODES} nodes / ${MAX_DRAWN_EDGES} edges)` : "laid out"}`);
  if (process.env.BENCH_FULL_LAYOUT === "1") {
    const { elkLayout } = await import("../lib/graph/elk-thread");
    const { toElkGraph } = await import("../lib/graph/layout-input");
    const t0 = performance.now();
    await elkLayout(toElkGraph(g));
    console.log(`ELK on the whole graph: ${(performance.now() - t0).toFixed(0)} ms wall`);
  }
  const someRole = g.nodes.find((n) => n.kind === "role" && n.accountId === WORKLOAD[1])!.id;
  const views: [string, typeof g][] = [
    ["who-can-reach-admin answer", pathsSubgraph(g, admin)],
    [`who-can-reach ${someRole.split("/").pop()}`, pathsSubgraph(g, whoCanReach(g, someRole))],
    ["what-can-user-7-reach answer", pathsSubgraph(g, whatCanReach(g, `arn:aws:iam::${IDENTITY}:user/user-7`))],
    ['search "user-42"', searchSubgraph(g, "user-42")],
  ];
  for (const [name, sub] of views) {
    const times: string[] = [];
    let note = "";
    for (let i = 0; i < 2; i++) {
      forgetShapes(); // ELK each time, not the layout of this shape kept from the first
      const t0 = performance.now();
      const layout = await layoutGraph(sub);
      times.push((performance.now() - t0).toFixed(0));
      if (layout.tooLarge) note = " (over the drawing limits: not laid out)";
    }
    console.log(`server layout, ${name} (${sub.nodes.length} nodes, ${sub.edges.length} edges): ${times.join(" ms, then ")} ms wall${note}`);
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
