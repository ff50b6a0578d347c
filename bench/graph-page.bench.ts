// Access-graph page benchmark (npm run bench:graph-page; issue #14: interactive in < 1 s for 200 nodes):
// a fresh sandbox turned into a ~200-node organization (bench/graph-org.ts), the built app on a free
// port, and Debian's Chromium loading /iam/access-graph. "Interactive" is measured in the page from
// navigation start: <main data-settled> (no fetch in flight, the drawing's code loaded, its first view
// set) and the principals of the first view drawn by xyflow, focusable (tabindex 0) and visible. At
// 200 nodes that view is a readable part of the drawing, not all of it (lib/graph/first-view.ts): how
// many principals it draws is printed, and so is the time from pressing Fit View until every
// principal is drawn. Warm: the server's graph and layout
// cache holds the graph. Cold: an authorization write (TagUser over the wire) just dropped it, so
// the request recomputes the graph, whose shape (and so layout) is unchanged. Cold, new shape: a
// CreateRole that principals can assume (one more node and its edges), so ELK runs again; each load
// adds one. The browser is a returning visitor's in all three: a browser profile on disk, as a
// user's Chromium has, whose HTTP cache and V8 code cache hold the console's scripts (two visits
// first, whose times are printed: the first fills the HTTP cache, the second has V8 write its code
// cache). Warm loads are also timed in a private window (a context without a profile, as a private
// window or Playwright's default context): the HTTP cache is kept there but V8's code cache is not,
// so every load compiles the scripts' functions again. Also the server's layout time of this graph,
// in this process's layout thread. Needs `.next` built first (`npx next build`, under the shared
// lock on a shared machine). Figures only: nothing asserts on them.
import os from "node:os";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CreateRoleCommand, IAMClient, TagUserCommand } from "@aws-sdk/client-iam";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startAppServer, type AppServer } from "../lib/testing/app-server";
import { createSandbox, sandboxEnv } from "../lib/testing/sandbox-db";
import type { PositionedGraph } from "../lib/graph/types";
import { seedOrganization } from "./graph-org";
import { freePort, percentile, signIn, type Jar } from "./http-session";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LOADS = Number(process.env.LOADS ?? 7);
const TRACE = process.env.TRACE === "1";
/** WARM_ONLY=1: only the warm page loads (an A/B of page code takes minutes, not a quarter of an hour). */
const WARM_ONLY = process.env.WARM_ONLY === "1";
// With the sandbox's own principals, ~200 nodes (printed).
const ORG = { users: 30, teams: 10, roles: 135 };
const IDENTITY_ADMIN = { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" };

/** What a load's time went to, from navigation start (the page's own clock). */
interface Load {
  /** The drawing interactive. */
  interactive: number;
  /** The document's first byte (the server's render of the console shell and page). */
  ttfb: number;
  /** The document's DOMContentLoaded handlers done (the page's scripts run). */
  dcl: number;
  /** The graph's answer received (GET /api/console/access-graph, preloaded by the document). */
  graph: number;
  /** Principals drawn when interactive (the first view's). */
  drawn: number;
  /** Edge paths redrawn after they were first drawn (their `d` rewritten): 0 when the edges are drawn once. */
  edgeRedraws: number;
  /** Requests for the graph (1: the view took the preloaded answer). */
  graphRequests?: number;
  /** CPU time of the page's main thread over the load (TRACE=1): unlike the times above, barely moved by other load on the machine. */
  mainCpu?: number;
}

/** CPU milliseconds the renderers' main threads ran top-level tasks, from a Chromium trace. */
function mainThreadCpu(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString("utf8")) as { traceEvents: { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }[] };
  const main = new Set(traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  let us = 0;
  for (const e of traceEvents) if (e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" && main.has(`${e.pid}:${e.tid}`)) us += e.tdur ?? 0;
  return us / 1000;
}

/** Counts rewrites of edge paths' `d` in every page of the context (Load.edgeRedraws). */
function countEdgeRedraws() {
  const w = window as unknown as { __edgeRedraws: number };
  w.__edgeRedraws = 0;
  new MutationObserver((records) => {
    for (const r of records) if (r.oldValue !== null && (r.target as Element).classList.contains("react-flow__edge-path")) w.__edgeRedraws++;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["d"], attributeOldValue: true });
}

/** Milliseconds from navigation start until the drawing is interactive, measured by the page itself. */
async function load(context: BrowserContext, base: string, given?: Page, onInteractive?: (page: Page) => Promise<void>): Promise<Load> {
  const page = given ?? (await context.newPage());
  let graphRequests = 0;
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/console/access-graph") graphRequests++;
  });
  const browser = context.browser()!;
  if (TRACE) await browser.startTracing(page, { categories: ["toplevel"] });
  try {
    await page.goto(`${base}/iam/access-graph`, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      () => {
        if (!document.querySelector("main[data-settled='true']")) return false;
        const nodes = document.querySelectorAll<HTMLElement>(".react-flow__node-principal");
        if (nodes.length === 0) return false;
        for (const n of [nodes[0], nodes[nodes.length - 1]]) {
          if (n.tabIndex !== 0 || getComputedStyle(n).visibility === "hidden") return false;
        }
        const interactive = performance.now();
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const api = performance.getEntriesByType("resource").find((r) => new URL(r.name).pathname === "/api/console/access-graph") as PerformanceResourceTiming | undefined;
        const edgeRedraws = (window as unknown as { __edgeRedraws?: number }).__edgeRedraws ?? -1;
        return { interactive, ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, edgeRedraws, graph: api?.responseEnd ?? -1, drawn: nodes.length };
      },
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    const mainCpu = TRACE ? mainThreadCpu(await browser.stopTracing()) : undefined;
    if (onInteractive) await onInteractive(page);
    return { ...((await handle.jsonValue()) as Load), graphRequests, mainCpu };
  } finally {
    // The page's own later requests (the side navigation's prefetches) end before the next load starts.
    await page.waitForLoadState("networkidle").catch(() => undefined);
    if (!given) await page.close();
  }
}

/** Milliseconds from pressing the drawing's Fit View control until every principal is drawn. */
async function timeFitView(page: Page, principals: number): Promise<number> {
  const t0 = await page.evaluate(() => {
    (document.querySelector<HTMLElement>(".react-flow__controls-fitview") ?? document.querySelector<HTMLElement>('[aria-label="Fit View"]'))!.click();
    return performance.now();
  });
  const done = await page.waitForFunction(
    (expected) => document.querySelectorAll(".react-flow__node-principal").length >= expected && performance.now(),
    principals,
    { polling: "raf", timeout: 60_000 },
  );
  return ((await done.jsonValue()) as number) - t0;
}

async function timeGraphApi(base: string, jar: Jar): Promise<{ ms: number; graph: PositionedGraph }> {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/console/access-graph`, { headers: { cookie: jar.header() } });
  const graph = (await res.json()) as PositionedGraph;
  if (!res.ok) throw new Error(`GET /api/console/access-graph → ${res.status} ${JSON.stringify(graph).slice(0, 300)}`);
  return { ms: performance.now() - t0, graph };
}

const row = (name: string, samples: number[]) => {
  if (samples.length === 0) return `| ${name.padEnd(58)} |  0 | (not run)`;
  const s = [...samples].sort((a, b) => a - b);
  return `| ${name.padEnd(58)} | ${String(s.length).padStart(2)} | ${percentile(s, 50).toFixed(0).padStart(6)} ms | ${percentile(s, 95).toFixed(0).padStart(6)} ms | ${s[0].toFixed(0).padStart(6)} ms |`;
};

async function main() {
  const store = createSandbox();
  Object.assign(process.env, sandboxEnv(store));
  let server: AppServer | undefined;
  try {
    await seedOrganization(ORG);
    const port = await freePort();
    server = await startAppServer(port, store);
    const base = `http://localhost:${port}`;
    const jar = await signIn(base);
    const iam = new IAMClient({ endpoint: `${base}/api/aws`, region: "us-east-1", credentials: IDENTITY_ADMIN, maxAttempts: 1 });
    let writes = 0;
    // An authorization write: the server drops the cached graph and its layouts.
    const invalidate = () => iam.send(new TagUserCommand({ UserName: "admin", Tags: [{ Key: "bench", Value: String(++writes) }] }));
    // An authorization write that changes the picture: a new role the account's principals can assume (ELK runs again).
    const reshape = () =>
      iam.send(
        new CreateRoleCommand({
          RoleName: `bench-shape-${++writes}`,
          AssumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:root" }, Action: "sts:AssumeRole" }] }),
        }),
      );

    console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    const first = await timeGraphApi(base, jar);
    const { graph } = first;
    const principals = graph.nodes.filter((n) => n.kind !== "account").length;
    console.log(
      `graph: ${graph.nodes.length} nodes (${principals} principals), ${graph.edges.length} edges; ` +
        `first GET /api/console/access-graph on a fresh server (graph + ELK compiled and run): ${first.ms.toFixed(0)} ms`,
    );
    const apiCold: number[] = [];
    const apiWarm: number[] = [];
    const apiReshaped: number[] = [];
    for (let i = 0; i < (WARM_ONLY ? 0 : LOADS); i++) {
      await invalidate();
      apiCold.push((await timeGraphApi(base, jar)).ms);
      apiWarm.push((await timeGraphApi(base, jar)).ms);
      await reshape();
      apiReshaped.push((await timeGraphApi(base, jar)).ms);
    }

    // The server's layout alone, in this process's own layout thread (the server's is the same code).
    const { forgetShapes, layoutGraph } = await import("../lib/graph/layout");
    const layoutRuns: number[] = [];
    for (let i = 0; i <= (WARM_ONLY ? 0 : LOADS); i++) {
      forgetShapes();
      const t0 = performance.now();
      await layoutGraph(graph);
      layoutRuns.push(performance.now() - t0);
    }

    const launch = { executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu"] };
    const viewport = { width: 1440, height: 900 };
    const signedIn = async (context: BrowserContext) => {
      await context.addCookies([...jar.cookies].map(([name, value]) => ({ name, value, url: base })));
      await context.addInitScript(countEdgeRedraws);
      return context;
    };
    const warm: Load[] = [];
    const privateWarm: Load[] = [];
    const fitAll: number[] = [];
    const cold: Load[] = [];
    const reshaped: Load[] = [];
    const visits: Load[] = [];
    const profileDir = mkdtempSync(path.join(os.tmpdir(), "bench-chromium-profile-"));
    try {
      const context = await signedIn(await chromium.launchPersistentContext(profileDir, { ...launch, viewport }));
      try {
        visits.push(await load(context, base), await load(context, base));
        const fitView = async (page: Page) => {
          fitAll.push(await timeFitView(page, principals));
        };
        for (let i = 0; i < LOADS; i++) warm.push(await load(context, base, undefined, fitView));
        if (process.env.PROFILE) {
          // One more warm load with the page's CPU profile written (open it in Chrome DevTools).
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
          await cdp.send("Profiler.start");
          await load(context, base, page);
          const { profile } = await cdp.send("Profiler.stop");
          writeFileSync(process.env.PROFILE, JSON.stringify(profile));
          console.log(`CPU profile of a warm load: ${process.env.PROFILE}`);
          await page.close();
        }
        for (let i = 0; i < (WARM_ONLY ? 0 : LOADS); i++) {
          await invalidate();
          cold.push(await load(context, base));
        }
        for (let i = 0; i < (WARM_ONLY ? 0 : LOADS); i++) {
          await reshape();
          reshaped.push(await load(context, base));
        }
      } finally {
        await context.close();
      }
      const browser = await chromium.launch(launch);
      try {
        const context = await signedIn(await browser.newContext({ viewport }));
        await load(context, base);
        for (let i = 0; i < LOADS; i++) privateWarm.push(await load(context, base));
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }

    console.log(`\n| ${"measure".padEnd(58)} | n  |       p50 |       p95 |       min |`);
    console.log(`|${"-".repeat(60)}|----|-----------|-----------|-----------|`);
    const conditions = [
      ["warm server cache", warm],
      ["cold server cache", cold],
      ["cold server cache, new shape", reshaped],
      ["warm server cache, private window", privateWarm],
    ] as const;
    for (const [name, loads] of conditions) {
      console.log(row(`page: navigation → graph interactive (${name})`, loads.map((l) => l.interactive)));
      console.log(row(`  of which: navigation → document's first byte`, loads.map((l) => l.ttfb)));
      console.log(row(`  of which: navigation → DOMContentLoaded`, loads.map((l) => l.dcl)));
      console.log(row(`  of which: navigation → graph answer received`, loads.map((l) => l.graph)));
      console.log(row(`  of which: graph answer → drawing interactive`, loads.map((l) => l.interactive - l.graph)));
      if (TRACE) console.log(row(`  page main thread CPU over the load`, loads.map((l) => l.mainCpu!)));
    }
    console.log(row("GET /api/console/access-graph, warm (cached graph + layout)", apiWarm));
    console.log(row("GET /api/console/access-graph, cold (graph; same shape)", apiCold));
    console.log(row("GET /api/console/access-graph, cold (graph + ELK: new shape)", apiReshaped));
    console.log(row("server layout (ELK in the layout thread), first run excluded", layoutRuns.slice(1)));
    console.log(
      `\nfirst visit (browser cache empty, server cache warm): ${visits[0].interactive.toFixed(0)} ms; second (V8 writes its code cache): ${visits[1].interactive.toFixed(0)} ms; ` +
        `first layout in a new thread (ELK compiling): ${layoutRuns[0].toFixed(0)} ms`,
    );
    const inOrder = (loads: Load[]) => loads.map((l) => `${l.interactive.toFixed(0)}/${l.ttfb.toFixed(0)}/${l.graph.toFixed(0)}`).join(" ");
    console.log(`warm loads in order (interactive / first byte / graph answer, ms): ${inOrder(warm)}`);
    console.log(`warm loads in a private window, in order: ${inOrder(privateWarm)}`);
    console.log(`principals drawn in the first view, of ${principals}: ${[...new Set([...warm, ...cold, ...reshaped, ...privateWarm].map((l) => l.drawn))].join(", ")}`);
    console.log(row("Fit View pressed → every principal drawn (warm)", fitAll));
    console.log(`edge paths redrawn per load (0: every edge drawn once): ${[...warm, ...cold, ...reshaped, ...privateWarm].map((l) => l.edgeRedraws).join(" ")}`);
    console.log(`graph requests per load: ${[...warm, ...cold].map((l) => l.graphRequests).join(" ")}`);
    console.log(`load average now ${os.loadavg()[0].toFixed(1)}`);
  } finally {
    await server?.stop();
    rmSync(store.dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
