// CloudTrail store benchmark (npm run bench:trail): 1,000,000 records (TRAIL_BENCH_EVENTS to change)
// across five accounts over 89 days, bulk-loaded through appendTrailRecords into a fresh sandbox —
// a temporary SQLite file, and PostgreSQL too when TEST_DATABASE_URL names a server — then p50/p95
// of lookupTrailEvents for a 50-record page: the default page, each of the eight attributes, a time
// range, and the next page through a cursor. Each store runs in a child process of its own (the store
// is chosen once per process). Prints figures; the target is well under 100 ms a page.
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { perStore, type BenchStore } from "./per-store";

const TOTAL = Number(process.env.TRAIL_BENCH_EVENTS ?? 1_000_000);
const ACCOUNTS = ["111111111111", "222222222222", "333333333333", "444444444444", "555555555555"];
/** The first account holds 40% of the records, the others 15% each. */
const SHARE = [0.4, 0.15, 0.15, 0.15, 0.15];
const CHUNK = 5000;
const RUNS = 200;
const DAY = 86_400_000;

const NAMES = ["ListRoles", "GetRole", "ListUsers", "GetUser", "ListPolicies", "GetPolicy", "ListAttachedRolePolicies", "GetCallerIdentity", "AssumeRole", "CreateRole", "DeleteRole", "AttachRolePolicy", "PutRolePolicy", "CreateAccessKey", "ConsoleLogin", "UpdateAssumeRolePolicy", "TagRole", "LookupEvents"];

function sourceOf(name: string): string {
  if (name === "ConsoleLogin") return "signin.amazonaws.com";
  if (name === "AssumeRole" || name === "GetCallerIdentity") return "sts.amazonaws.com";
  if (name === "LookupEvents") return "cloudtrail.amazonaws.com";
  return "iam.amazonaws.com";
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function child(mode: BenchStore): Promise<void> {
  const { createSandbox, sandboxEnv, psql, testPostgresUrl } = await import("../lib/testing/sandbox-db");
  const sandbox = createSandbox();
  Object.assign(process.env, sandboxEnv(sandbox));
  const { appendTrailRecords, lookupTrailEvents } = await import("../lib/data/trail-events");
  const { assumeRoleResources, sampleRecord } = await import("../lib/cloudtrail/sample-records");
  const { store } = await import("../lib/data/sql");
  type TrailRecord = import("../lib/cloudtrail/types").TrailRecord;
  type LookupQuery = import("../lib/cloudtrail/types").LookupQuery;

  const now = Date.now();
  const span = 89 * DAY;
  // mulberry32: a small PRNG whose low bits are as good as its high ones (an LCG's are not).
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const probes: { eventId?: string; role?: string } = {};

  const t0 = performance.now();
  let loaded = 0;
  for (const [a, accountId] of ACCOUNTS.entries()) {
    const count = Math.round(TOTAL * SHARE[a]);
    for (let i = 0; i < count; i += CHUNK) {
      const batch: TrailRecord[] = [];
      for (let j = i; j < Math.min(count, i + CHUNK); j++) {
        const eventName = NAMES[rand(NAMES.length)];
        const user = `user-${rand(200)}`;
        const role = `Role${rand(500)}`;
        const resources =
          eventName === "AssumeRole"
            ? assumeRoleResources(accountId, role, `${user}-session`, `ASIA${String(j).padStart(16, "0")}`)
            : /Role/.test(eventName)
              ? [{ type: "AWS::IAM::Role", name: `arn:aws:iam::${accountId}:role/${role}` }]
              : [];
        const r = sampleRecord({
          accountId,
          // Oldest first within an account, as a live trail fills: newest records come last.
          eventTime: new Date(now - span + Math.floor((j / count) * span)),
          eventName,
          eventSource: sourceOf(eventName),
          username: user,
          accessKeyId: `AKIA${String(rand(400)).padStart(16, "0")}`,
          errorCode: rand(20) === 0 ? "AccessDenied" : undefined,
          resources,
        });
        batch.push(r);
        if (a === 0 && j === Math.floor(count / 2)) probes.eventId = r.eventId;
      }
      await appendTrailRecords(batch);
      loaded += batch.length;
    }
  }
  const loadSeconds = (performance.now() - t0) / 1000;
  console.log(`${mode}: loaded ${loaded.toLocaleString("en-US")} records in ${loadSeconds.toFixed(0)} s (${Math.round(loaded / loadSeconds).toLocaleString("en-US")}/s)`);
  if (mode === "postgres") await store().run({ name: "bench_analyze", text: "ANALYZE" }, []);

  const A = ACCOUNTS[0];
  const roleArn = (i: number) => `arn:aws:iam::${A}:role/Role${i}`;
  const cases: [string, () => Omit<LookupQuery, "accountId" | "limit">][] = [
    ["default page (no filter)", () => ({})],
    ["last hour (time range)", () => ({ startTime: new Date(now - 3600_000), endTime: new Date(now) })],
    ["a day 30 days ago", () => ({ startTime: new Date(now - 31 * DAY), endTime: new Date(now - 30 * DAY) })],
    ["EventId", () => ({ attribute: { key: "EventId", value: probes.eventId! } })],
    ["EventName=AssumeRole", () => ({ attribute: { key: "EventName", value: "AssumeRole" } })],
    ["ReadOnly=false", () => ({ attribute: { key: "ReadOnly", value: "false" } })],
    ["Username=user-N", () => ({ attribute: { key: "Username", value: `user-${rand(200)}` } })],
    ["ResourceType=AWS::IAM::Role", () => ({ attribute: { key: "ResourceType", value: "AWS::IAM::Role" } })],
    ["ResourceName=<role ARN>", () => ({ attribute: { key: "ResourceName", value: roleArn(rand(500)) } })],
    ["EventSource=signin", () => ({ attribute: { key: "EventSource", value: "signin.amazonaws.com" } })],
    ["AccessKeyId=AKIA…", () => ({ attribute: { key: "AccessKeyId", value: `AKIA${String(rand(400)).padStart(16, "0")}` } })],
    ["EventName + 7-day range", () => ({ attribute: { key: "EventName", value: "CreateRole" }, startTime: new Date(now - 14 * DAY), endTime: new Date(now - 7 * DAY) })],
  ];
  console.log(`${"lookup (50 per page, account with 40%)".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"next p50".padStart(9)} rows`);
  for (const [label, make] of cases) {
    const times: number[] = [];
    const nextTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const q: LookupQuery = { accountId: A, limit: 50, ...make() };
      const s = performance.now();
      const page = await lookupTrailEvents(q);
      times.push(performance.now() - s);
      rows = page.records.length;
      if (page.next && i % 4 === 0) {
        const s2 = performance.now();
        await lookupTrailEvents({ ...q, after: page.next });
        nextTimes.push(performance.now() - s2);
      }
    }
    times.sort((x, y) => x - y);
    nextTimes.sort((x, y) => x - y);
    const next = nextTimes.length ? percentile(nextTimes, 50).toFixed(2) : "-";
    console.log(`${label.padEnd(40)} ${percentile(times, 50).toFixed(2).padStart(8)} ${percentile(times, 95).toFixed(2).padStart(8)} ${next.padStart(9)} ${rows}`);
  }

  await store().close();
  const admin = testPostgresUrl();
  if (mode === "postgres" && admin) psql(admin, `DROP DATABASE IF EXISTS "${new URL(sandbox.databaseUrl).pathname.slice(1)}"`);
  rmSync(sandbox.dataDir, { recursive: true, force: true });
}

perStore("bench/trail.bench.ts", child);
