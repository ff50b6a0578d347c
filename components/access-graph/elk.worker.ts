// The access graph's layout off the main thread: ELK (a GWT-compiled Java library, ~1.5 MB and
// hundreds of milliseconds for 200 nodes) runs here; the page posts lib/graph/layout-input.ts's
// input and gets the positions back.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import { toElkGraph } from "@/lib/graph/layout-input";
import { sampleOrganization } from "@/lib/graph/layout-sample";

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
}
export type LayoutResponse = { id: number; laidOut: ElkNode } | { id: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
}

// Created before the handler is set: elkjs's in-thread worker, loaded by the constructor, claims a
// worker's onmessage for its own protocol when it sees no document, and ours must replace it.
const elk = new ELK();
const scope = self as unknown as WorkerScope;

// ELK is a large GWT program: its first layout of 200 nodes costs ~2.5x a later one (V8 compiles it
// as it runs; bench:graph-layout). The page starts this worker before the graph arrives
// (layout-client.ts prewarmLayout), so a small graph of the same shape is laid out meanwhile: measured
// in Node, one 40-node layout (~0.6 s CPU on the loaded bench machine) takes the next 200-node one from
// ~2.8 s to ~1.6 s CPU. A request that comes sooner simply waits its turn in ELK's queue.
elk.layout(toElkGraph(sampleOrganization(40))).catch(() => undefined);

scope.onmessage = (event) => {
  const { id, graph } = event.data;
  elk.layout(graph).then(
    (laidOut) => scope.postMessage({ id, laidOut }),
    (err: unknown) => scope.postMessage({ id, error: String(err instanceof Error ? err.message : err).slice(0, 500) }),
  );
};
