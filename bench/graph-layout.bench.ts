// Access-graph layout benchmark (npm run bench:graph-layout): the server's layout (lib/graph/layout.ts:
// lib/graph/layout-input.ts's ELK input, elkjs's layered layout in the layout thread, the compacted
// positions) and the page's transform of them into xyflow elements, on synthetic graphs of 200 and
// 300 nodes shaped like an organization: IdPs and services, an identity account of users/groups/roles,
// workload accounts of roles. The first layout of a process compiles ELK (V8 JIT) and is printed
// apart. Figures only (issue #14: interactive in < 1 s for 200 nodes; spec §3.7 item 7: 300 principals < 2 s).
import os from "node:os";
import { toFlow } from "../lib/graph/layout-input";
import { forgetShapes, layoutGraph } from "../lib/graph/layout";
import { sampleOrganization } from "../lib/graph/layout-sample";

async function measure(total: number, runs = 5) {
  const graph = sampleOrganization(total);
  const layoutMs: number[] = [];
  const flowMs: number[] = [];
  let flowCount = 0;
  for (let i = 0; i <= runs; i++) {
    forgetShapes(); // ELK each run, not the layout of this shape kept from the last
    const start = performance.now();
    const layout = await layoutGraph(graph);
    const laid = performance.now();
    const flow = toFlow(graph, layout, { showDenied: layout.denied });
    flowMs.push(performance.now() - laid);
    layoutMs.push(laid - start);
    flowCount = flow.nodes.length + flow.edges.length;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  const [first, ...rest] = layoutMs;
  console.log(
    `${String(graph.nodes.length).padStart(4)} nodes, ${String(graph.edges.length).padStart(4)} edges → ${flowCount} xyflow elements: ` +
      `server layout first ${first.toFixed(0)} ms, then median ${median(rest)} ms (min ${Math.min(...rest).toFixed(0)} ms; ${runs} runs); ` +
      `page transform median ${median(flowMs.slice(1))} ms`,
  );
}

// A shared machine's load inflates the wall-clock figures (the layout thread's CPU is not this thread's).
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
await measure(200);
await measure(300);
