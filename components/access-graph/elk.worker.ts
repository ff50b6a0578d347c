// The access graph's layout off the main thread: ELK (a GWT-compiled Java library, ~1.5 MB and
// hundreds of milliseconds for 200 nodes) runs here; the page posts lib/graph/layout-input.ts's
// input and gets the positions back.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";

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

scope.onmessage = (event) => {
  const { id, graph } = event.data;
  elk.layout(graph).then(
    (laidOut) => scope.postMessage({ id, laidOut }),
    (err: unknown) => scope.postMessage({ id, error: String(err instanceof Error ? err.message : err).slice(0, 500) }),
  );
};
