// Access-graph drawing benchmark (npm run bench:graph-layout): the page's pure transform
// (lib/graph/layout-input.ts) plus the elkjs layered layout it runs in a Web Worker, here in Node
// (elkjs needs no worker there), on synthetic graphs of 200 and 300 nodes shaped like an organization:
// IdPs and services, an identity account of users/groups/roles, workload accounts of roles.
// Figures only (issue #14: interactive in < 1 s for 200 nodes; spec §3.7 item 7: 300 principals < 2 s).
import os from "node:os";
import ELK from "elkjs/lib/elk.bundled.js";
import { toElkGraph, toFlow } from "../lib/graph/layout-input";
import { sampleOrganization } from "../lib/graph/layout-sample";

// One instance, as the page's worker keeps one.
const elk = new ELK();

async function measure(total: number, runs = 5) {
  const graph = sampleOrganization(total);
  const wall: number[] = [];
  const cpu: number[] = [];
  let flowCount = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const laidOut = await elk.layout(toElkGraph(graph));
    const flow = toFlow(graph, laidOut);
    const used = process.cpuUsage(cpuStart);
    flowCount = flow.nodes.length + flow.edges.length;
    if (i === 0) continue; // run 0 warms the JIT
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  console.log(
    `${String(graph.nodes.length).padStart(4)} nodes, ${String(graph.edges.length).padStart(4)} edges → ${flowCount} xyflow elements: ` +
      `transform + ELK layout median ${median(wall)} ms wall, ${median(cpu)} ms CPU (min ${Math.min(...wall).toFixed(0)} ms wall; ${runs} runs)`,
  );
}

// A shared machine's load inflates the wall-clock figure; the CPU time is what one core spends.
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
await measure(200);
await measure(300);
