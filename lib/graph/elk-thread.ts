// ELK on the server, off the event loop: one long-lived worker thread runs elkjs (a GWT-compiled Java
// program: ~1 s of CPU for a 200-node graph while V8 compiles it, a few hundred ms after that), so a
// layout never stalls the console or the wire endpoint, and the JIT's work is kept between layouts.
// The thread's code is a string (eval): bundlers leave it alone, and it loads elkjs from the app's own
// node_modules at run time.
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
const pending = new Map<number, { resolve: (n: ElkNode) => void; reject: (e: Error) => void }>();

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
    if ("error" in answer) waiter.reject(new Error(`Layout failed: ${answer.error}`));
    else waiter.resolve(answer.laidOut);
    // Idle, the thread must not keep a script (a test, a benchmark) alive.
    if (pending.size === 0) w.unref();
  });
  const fail = (err: Error) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`Layout thread failed: ${err.message}`));
    pending.clear();
    if (worker === w) worker = null;
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`exited with code ${code}`)));
  w.unref();
  worker = w;
  return w;
}

/** ELK's layout of `graph`, computed in the layout thread (requests are answered in order). */
export function elkLayout(graph: ElkNode): Promise<ElkNode> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const w = thread();
    w.ref();
    w.postMessage({ id, graph });
  });
}
