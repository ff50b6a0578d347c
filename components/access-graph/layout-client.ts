"use client";
// The page's side of the layout worker: one worker for the page's life, requests matched by id.
import type { ElkNode } from "elkjs/lib/elk-api";
import type { LayoutResponse } from "./elk.worker";

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (n: ElkNode) => void; reject: (e: Error) => void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./elk.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const answer = event.data;
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    if ("error" in answer) waiter.reject(new Error(`Layout failed: ${answer.error}`));
    else waiter.resolve(answer.laidOut);
  };
  worker.onerror = (event) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`Layout worker failed: ${event.message}`));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function layoutInWorker(graph: ElkNode): Promise<ElkNode> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    layoutWorker().postMessage({ id, graph });
  });
}

/** Starts the worker (and its ELK warm-up) before there is anything to lay out. */
export function prewarmLayout(): void {
  layoutWorker();
}
