// Console benchmark (npm run bench:console): a fresh sandbox with 5,000 extra roles, the built app on
// a free port, and these measures — the Roles list API over HTTP (unfiltered pages and keystroke-like
// filters, p50/p99 over 300 requests), the same keystroke searches' server time in-process, the
// Policies table API over the managed-policy catalog, and, in Chromium, the time from navigation to
// the first rows of /iam/roles with a check that the page requests no Monaco code. Needs `.next`
// built first (`npx next build`, under the shared lock on a shared machine). Exits 1 when a target is missed.
import { rmSync } from "node:fs";
import { chromium } from "playwright-core";
import { startAppServer, type AppServer } from "../lib/testing/app-server";
import { createSandbox, sandboxEnv, type SandboxStore } from "../lib/testing/sandbox-db";
import { freePort, percentile, signIn, type Jar } from "./http-session";

const ROLE_COUNT = 5000;
const ACCOUNT = "111111111111";
const TARGETS = { listP99Ms: 300, keystrokeP99Ms: 50, filteredPageP50Ms: 100 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// ---- data -------------------------------------------------------------------------------------

const SERVICES = ["ec2", "lambda", "ecs-tasks", "glue", "states", "sagemaker", "codebuild", "events", "cloudformation", "apigateway"];
const PREFIXES = ["AWSService", "AWSSupport", "App", "Analytics", "Build", "Data", "Deploy", "Lambda", "Ops", "CrossAccount"];
const FEDERATED = ["cognito-identity.amazonaws.com", "accounts.google.com", `arn:aws:iam::${ACCOUNT}:saml-provider/CorpIdP`, `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`];

function trustPolicy(i: number): string {
  const kind = i % 3;
  const statement =
    kind === 0
      ? { Effect: "Allow", Principal: { Service: [`${SERVICES[i % SERVICES.length]}.amazonaws.com`] }, Action: ["sts:AssumeRole"] }
      : kind === 1
        ? {
            Effect: "Allow",
            Principal: { AWS: i % 2 ? "arn:aws:iam::222222222222:root" : `arn:aws:iam::${String(300000000000 + i)}:root` },
            Action: "sts:AssumeRole",
            Condition: i % 4 === 1 ? { StringEquals: { "sts:ExternalId": `ext-${i}` } } : {},
          }
        : { Effect: "Allow", Principal: { Federated: FEDERATED[i % FEDERATED.length] }, Action: "sts:AssumeRoleWithWebIdentity" };
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] }, null, 4);
}

async function seedRoles(store: SandboxStore): Promise<void> {
  Object.assign(process.env, sandboxEnv(store));
  const { createDb } = await import("../lib/db");
  const db = createDb();
  const now = Date.now();
  const rows = Array.from({ length: ROLE_COUNT }, (_, i) => {
    const name = `${PREFIXES[i % PREFIXES.length]}${SERVICES[(i >> 2) % SERVICES.length].replace(/-/g, "")}Role${String(i).padStart(4, "0")}`;
    return {
      id: `AROABENCH${String(i).padStart(12, "0")}`,
      accountId: ACCOUNT,
      name,
      nameLower: name.toLowerCase(),
      path: "/",
      arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
      trustPolicy: trustPolicy(i),
      description: `Benchmark role ${i}`,
      createdAt: new Date(now - i * 60_000),
      lastUsedAt: i % 5 === 0 ? null : new Date(now - (i % 400) * 86_400_000),
      lastUsedRegion: "us-east-1",
    };
  });
  try {
    await db.$transaction([db.role.createMany({ data: rows })]);
  } finally {
    await db.$disconnect();
  }
}

// ---- server and session ------------------------------------------------------------------------

// ---- measures ----------------------------------------------------------------------------------

interface Series {
  name: string;
  samples: number[];
}

async function timeGet(base: string, jar: Jar, query: string, route = "/api/console/roles"): Promise<{ ms: number; total: number; rows: number }> {
  const t0 = performance.now();
  const res = await fetch(`${base}${route}?${query}`, { headers: { cookie: jar.header() } });
  const json = (await res.json()) as { Total?: number; Roles?: unknown[] };
  const ms = performance.now() - t0;
  if (!res.ok) throw new Error(`GET ${route}?${query} → ${res.status} ${JSON.stringify(json)}`);
  return { ms, total: json.Total ?? -1, rows: json.Roles?.length ?? -1 };
}

async function measureApi(base: string, jar: Jar): Promise<Series[]> {
  // Warm-up: first requests compile routes and fill SQLite's page cache.
  for (let i = 0; i < 10; i++) await timeGet(base, jar, `page=${i + 1}&pageSize=50`);
  const first = await timeGet(base, jar, "page=1&pageSize=50");
  if (first.total < ROLE_COUNT) throw new Error(`expected ≥${ROLE_COUNT} roles, API reports ${first.total}`);

  const unfiltered: Series = { name: "unfiltered pages (pageSize 50)", samples: [] };
  const pages = Math.ceil(first.total / 50);
  for (let i = 0; i < 150; i++) unfiltered.samples.push((await timeGet(base, jar, `page=${(i * 7) % pages + 1}&pageSize=50`)).ms);

  const keystrokes: Series = { name: "filter per keystroke (page 1, pageSize 50)", samples: [] };
  for (const prefix of keystrokePrefixes(150)) {
    keystrokes.samples.push((await timeGet(base, jar, `search=${encodeURIComponent(prefix)}&page=1&pageSize=50`)).ms);
  }
  return [unfiltered, keystrokes];
}

/** The Policies table over the ~1,600-policy catalog: each Type filter, pages, and typed searches. */
async function measurePolicies(base: string, jar: Jar): Promise<Series> {
  const route = "/api/console/policies/list";
  for (let i = 0; i < 5; i++) await timeGet(base, jar, `page=${i + 1}&pageSize=25`, route);
  const queries = [
    ...["All", "AWS", "Local", "JobFunction"].flatMap((t) => [1, 2, 3].map((p) => `type=${t}&page=${p}&pageSize=25`)),
    ...[10, 30, 60].map((p) => `type=All&page=${p}&pageSize=25`),
    ...["A", "Am", "Ama", "Amaz", "Amazon", "AmazonR", "AmazonRD", "AmazonRDS", "R", "RD", "RDS", "Read", "ReadOnly"].map((q) => `type=All&search=${q}&page=1&pageSize=25`),
  ];
  const series: Series = { name: "filters, pages, searches (pageSize 25)", samples: [] };
  while (series.samples.length < 100) for (const q of queries) if (series.samples.length < 100) series.samples.push((await timeGet(base, jar, q, route)).ms);
  return series;
}

/** Typing "AWSService", "lambda"… one key at a time ("A", "AW", "AWS", "AWSS"…), plus trusted-entity searches. */
function keystrokePrefixes(count: number): string[] {
  const words = ["AWSService", "lambda", "CrossAccount", "222222222222", "google"];
  const out: string[] = [];
  while (out.length < count) for (const w of words) for (let n = 1; n <= w.length && out.length < count; n++) out.push(w.slice(0, n));
  return out;
}

/**
 * Server time of the same keystroke searches: the route's domain call (authorization, count and page
 * queries, trusted-entity formatting) in this process on the same database, without HTTP, the
 * session lookup or the activity-log write that every console request also pays.
 */
async function measureServerTime(): Promise<Series[]> {
  const { db } = await import("../lib/db");
  const { listRolesTablePage } = await import("../lib/iam/console/roles-page");
  const u = await db.user.findFirstOrThrow({ where: { accountId: ACCOUNT, name: "admin" } });
  const caller = { kind: "user" as const, accountId: ACCOUNT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" as const };
  for (let i = 0; i < 10; i++) await listRolesTablePage(caller, { search: "warm", page: 1, pageSize: 50 });
  const series: Series = { name: "filter per keystroke, server time (in-process)", samples: [] };
  for (const search of keystrokePrefixes(150)) {
    const t0 = performance.now();
    await listRolesTablePage(caller, { search, page: 1, pageSize: 50 });
    series.samples.push(performance.now() - t0);
  }
  // Later pages of a filtered search (the budget lib/iam/roles/console-list.test.ts used to time).
  const { listRolesForConsole } = await import("../lib/iam/roles/console-list");
  const pages: Series = { name: "filtered pages 1-3 of 25, server time (in-process)", samples: [] };
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    await listRolesForConsole(caller, { search: i % 2 ? "ec2" : "Deploy", page: 1 + (i % 3), pageSize: 25 });
    pages.samples.push(performance.now() - t0);
  }
  return [series, pages];
}

async function measureBrowser(base: string, jar: Jar, runs = 5): Promise<{ samples: number[]; monacoRequests: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu"] });
  const samples: number[] = [];
  const monacoRequests: string[] = [];
  try {
    const context = await browser.newContext();
    await context.addCookies([...jar.cookies].map(([name, value]) => ({ name, value, url: base })));
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      page.on("response", (r) => {
        if (/monaco|editor\.worker/i.test(r.url())) monacoRequests.push(r.url());
      });
      const t0 = performance.now();
      await page.goto(`${base}/iam/roles`);
      await page.locator('table[aria-label="Roles"] tbody tr a').first().waitFor({ state: "visible", timeout: 60_000 });
      samples.push(performance.now() - t0);
      // Let late lazy chunks arrive before judging that none of them is Monaco.
      await page.waitForLoadState("networkidle");
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { samples, monacoRequests };
}

// ---- report ------------------------------------------------------------------------------------

const fmt = (n: number) => `${n.toFixed(1)} ms`.padStart(10);

async function main() {
  const store = createSandbox();
  const dataDir = store.dataDir;
  let server: AppServer | undefined;
  try {
    console.log(`Preparing a sandbox in ${dataDir} with ${ROLE_COUNT} extra roles…`);
    const t0 = performance.now();
    await seedRoles(store);
    console.log(`Inserted ${ROLE_COUNT} roles in ${(performance.now() - t0).toFixed(0)} ms.`);
    const port = await freePort();
    server = await startAppServer(port, store, { nextOnly: process.env.BENCH_SERVER === "next" });
    const base = `http://localhost:${port}`;
    const jar = await signIn(base);

    const series = await measureApi(base, jar);
    const browser = await measureBrowser(base, jar);
    const serverTime = await measureServerTime();
    const policies = await measurePolicies(base, jar);

    const W = 68;
    console.log(`\n| ${"measure".padEnd(W)} | n   |        p50 |        p99 |        max |`);
    console.log(`|${"-".repeat(W + 2)}|-----|------------|------------|------------|`);
    const rows: [string, number[]][] = [
      ...series.map((s): [string, number[]] => [`GET /api/console/roles — ${s.name}`, s.samples]),
      [`listRolesTablePage — ${serverTime[0].name}`, serverTime[0].samples],
      [`listRolesForConsole — ${serverTime[1].name}`, serverTime[1].samples],
      [`GET /api/console/policies/list — ${policies.name}`, policies.samples],
      ["/iam/roles: navigation → first rows (Chromium)", browser.samples],
    ];
    for (const [name, samples] of rows) {
      const s = [...samples].sort((a, b) => a - b);
      console.log(`| ${name.padEnd(W)} | ${String(s.length).padStart(3)} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 99))} | ${fmt(s[s.length - 1])} |`);
    }
    const all = [...series[0].samples, ...series[1].samples].sort((a, b) => a - b);
    const keys = [...serverTime[0].samples].sort((a, b) => a - b);
    const filtered = [...serverTime[1].samples].sort((a, b) => a - b);
    const checks: [string, boolean][] = [
      [`list API p99 over HTTP ${percentile(all, 99).toFixed(1)} ms < ${TARGETS.listP99Ms} ms`, percentile(all, 99) < TARGETS.listP99Ms],
      [`filter per keystroke, server time p99 ${percentile(keys, 99).toFixed(1)} ms < ${TARGETS.keystrokeP99Ms} ms`, percentile(keys, 99) < TARGETS.keystrokeP99Ms],
      [`filtered page, server time p50 ${percentile(filtered, 50).toFixed(1)} ms < ${TARGETS.filteredPageP50Ms} ms`, percentile(filtered, 50) < TARGETS.filteredPageP50Ms],
      [`Roles list loads no Monaco code (${browser.monacoRequests.length} requests)`, browser.monacoRequests.length === 0],
    ];
    console.log("\nTargets (HTTP times are measured by the client on localhost and include the server's time):");
    for (const [label, ok] of checks) console.log(`  ${ok ? "PASS" : "FAIL"}  ${label}`);
    if (browser.monacoRequests.length) console.log(browser.monacoRequests.map((u) => `    ${u}`).join("\n"));
    process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
