// ELK on the server, off the event loop: one long-lived worker thread runs elkjs (a GWT-compiled Java
// program: ~1 s of CPU for a 200-node graph while V8 compiles it, a few hundred ms after that), so a
// layout never stalls the console or the wire endpoint, and the JIT's work is kept between layouts.
// The thread's code is a string (eval): bundlers leave it alone, and it loads elkjs from the app's own
// node_modules at run time. A layout that runs past its time limit (ELK's time grows far faster than
// the edges on dense graphs) ends the thread; the layouts queued behind it go to a new one.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ElkNode } from "elkjs/lib/elk-api";

const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const ELK = require(workerData.elk);
const elk = new ELK();
parentPort.on("message", ({ id, graph }) => {
  elk.layout(graph).then(
    (laidOut) => parentPort.postMessage({ id, laidOut }),
    (err) => parentPort.postMessage({ id, error: String((err && err.message) || err).slice(0, 500) }),
  );
});
`;

type Answer = { id: number; laidOut: ElkNode } | { id: number; error: string };

let worker: Worker | null = null;
let seq = 0;
interface Waiter {
  graph: ElkNode;
  timeoutMs: number;
  resolve: (n: ElkNode) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}
const pending = new Map<number, Waiter>();
/** The request the thread works on now: requests are answered in order, so the oldest pending one. */
const current = () => pending.keys().next().value;

export class LayoutTimeout extends Error {}

function elkPath(): string {
  return createRequire(path.join(process.cwd(), "package.json")).resolve("elkjs/lib/elk.bundled.js");
}

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(THREAD, { eval: true, workerData: { elk: elkPath() } });
  w.on("message", (answer: Answer) => {
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    clearTimeout(waiter.timer);
    if ("error" in answer) waiter.reject(new Error(`Layout failed: ${answer.error}`));
    else waiter.resolve(answer.laidOut);
    startClock();
    // Idle, the thread must not keep a script (a test, a benchmark) alive.
    if (pending.size === 0) w.unref();
  });
  const fail = (err: Error) => {
    if (worker !== w) return; // ended on purpose (a timeout): its queue was handed on
    worker = null;
    for (const waiter of pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`Layout thread failed: ${err.message}`));
    }
    pending.clear();
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`exited with code ${code}`)));
  w.unref();
  worker = w;
  return w;
}

/** Starts the time limit of the request the thread works on now. */
function startClock(): void {
  const id = current();
  if (id === undefined) return;
  const waiter = pending.get(id)!;
  if (waiter.timer) return;
  waiter.timer = setTimeout(() => {
    pending.delete(id);
    waiter.reject(new LayoutTimeout(`The layout did not finish within ${waiter.timeoutMs} ms.`));
    const ended = worker;
    worker = null;
    void ended?.terminate();
    // The rest of the queue, in order, to a new thread.
    const next = thread();
    for (const [rest, w] of pending) next.postMessage({ id: rest, graph: w.graph });
    if (pending.size) next.ref();
    startClock();
  }, waiter.timeoutMs);
  waiter.timer.unref();
}

/** ELK's layout of `graph`, computed in the layout thread (requests are answered in order), within `timeoutMs` of starting. */
export function elkLayout(graph: ElkNode, timeoutMs = 60_000): Promise<ElkNode> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { graph, timeoutMs, resolve, reject });
    const w = thread();
    w.ref();
    w.postMessage({ id, graph });
    startClock();
  });
}
