// STS throughput and latency (npm run bench:sts): signed AssumeRole and GetCallerIdentity requests
// fired with concurrency from this process at servers in other processes.
//   BENCH_URL=http://localhost:3000/api/aws   use a running server (a role BenchRole trusting the
//                                             sandbox admin must exist, or CreateRole must work)
//   (default)                                 fresh sandbox + the production server (server.ts,
//                                             what `npm start` serves; needs `next build`)
//   BENCH_SERVER=next                         fresh sandbox + plain `next start` (the route file)
//   BENCH_SERVER=node                         fresh sandbox + lib/wire/serve.ts (no Next.js at all)
//   BENCH_DB=postgres                         SQLite, then the same on a fresh PostgreSQL database
//                                             (on TEST_DATABASE_URL's server, else the shared test
//                                             server 127.0.0.1:55400), and the ratio PostgreSQL/SQLite
//   BENCH_INSTANCES=2                         with BENCH_DB=postgres: also N servers on that one
//                                             database, requests spread round-robin across them
//   BENCH_REQUESTS (3000) BENCH_CONCURRENCY (16)
import { spawn } from "node:child_process";
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { startAppServer, waitUntilUp } from "../lib/testing/app-server";
import { createSandbox, psql, sandboxEnv, type SandboxStore } from "../lib/testing/sandbox-db";

const ADMIN = { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" };
const ACCOUNT = "111111111111";
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/BenchRole`;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/admin` }, Action: "sts:AssumeRole" }],
});
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const INSTANCES = Math.max(1, Number(process.env.BENCH_INSTANCES ?? 1));
const POSTGRES_ADMIN = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55400/postgres";

interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const hmac = (key: string | Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A minimal SigV4 signer for form POSTs (what the SDKs send), cheap enough not to be the bottleneck. */
function signedPost(url: URL, service: "sts" | "iam", body: string, creds: Creds): http.RequestOptions {
  const amzDate = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    host: url.host,
    "x-amz-date": amzDate,
  };
  if (creds.sessionToken) headers["x-amz-security-token"] = creds.sessionToken;
  const names = Object.keys(headers).sort();
  const canonical = ["POST", url.pathname, "", ...names.map((n) => `${n}:${headers[n]}`), "", names.join(";"), sha256(body)].join("\n");
  const scope = `${day}/us-east-1/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  let key = hmac(`AWS4${creds.secretAccessKey}`, day);
  for (const part of ["us-east-1", service, "aws4_request"]) key = hmac(key, part);
  const signature = createHmac("sha256", key).update(toSign).digest("hex");
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
  headers["content-length"] = String(Buffer.byteLength(body));
  return { method: "POST", host: url.hostname, port: url.port, path: url.pathname, headers, agent };
}

function call(url: URL, service: "sts" | "iam", params: Record<string, string>, creds: Creds): Promise<{ status: number; body: string }> {
  const version = service === "sts" ? "2011-06-15" : "2010-05-08";
  const body = new URLSearchParams({ ...params, Version: version }).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(signedPost(url, service, body, creds), (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

interface Target {
  /** One URL per server: requests go round-robin across them. */
  urls: URL[];
  /** Process ids of the servers this script started: their CPU time per request is reported. */
  pids: number[];
  stop: () => Promise<void>;
}

async function startOne(store: SandboxStore, port: number): Promise<{ url: URL; pid?: number; stop: () => Promise<void> }> {
  const url = new URL(`http://127.0.0.1:${port}/api/aws`);
  if (process.env.BENCH_SERVER === "node") {
    const env = { ...process.env, ...sandboxEnv(store), PORT: String(port), NODE_ENV: "production" } as NodeJS.ProcessEnv;
    const child = spawn(process.execPath, ["--import", "tsx", "lib/wire/serve.ts"], { env, stdio: "ignore" });
    await waitUntilUp(url.href, { timeoutMs: 60_000, method: "POST", anyAnswer: true });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    return { url, pid: child.pid, stop: async () => void (child.kill(), await exited) };
  }
  const server = await startAppServer(port, store, { nextOnly: process.env.BENCH_SERVER === "next" });
  return { url, pid: server.child.pid, stop: server.stop };
}

/** `instances` servers on one fresh sandbox store (SQLite file, or a PostgreSQL database on `postgresAdmin`). */
async function startServers(instances: number, postgresAdmin?: string): Promise<Target> {
  const saved = process.env.TEST_DATABASE_URL;
  if (postgresAdmin) process.env.TEST_DATABASE_URL = postgresAdmin;
  else delete process.env.TEST_DATABASE_URL;
  const store = createSandbox();
  if (saved === undefined) delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL = saved;
  const base = 3190 + Math.floor(Math.random() * 50) * 4;
  const servers = await Promise.all(Array.from({ length: instances }, (_, i) => startOne(store, base + i)));
  return {
    urls: servers.map((s) => s.url),
    pids: servers.flatMap((s) => (s.pid ? [s.pid] : [])),
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
      // The database this run created (never one it did not).
      if (postgresAdmin) psql(postgresAdmin, `DROP DATABASE IF EXISTS "${new URL(store.databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    },
  };
}

async function ensureRole(url: URL): Promise<void> {
  const created = await call(url, "iam", { Action: "CreateRole", RoleName: "BenchRole", AssumeRolePolicyDocument: TRUST }, ADMIN);
  if (created.status === 200 || created.body.includes("EntityAlreadyExists")) return;
  throw new Error(`cannot create BenchRole: ${created.body}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * CPU time (user + system) a process has used, from /proc: throughput and latency depend on what
 * else the 2 cores are doing, CPU per request much less so.
 */
function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

function cpuMs(pids: number[]): number | undefined {
  if (pids.length === 0) return undefined;
  let total = 0;
  for (const pid of pids) {
    const ms = cpuMsOf(pid);
    if (ms === undefined) return undefined;
    total += ms;
  }
  return total;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  cpuUs?: number;
}

async function run(label: string, n: number, fire: () => Promise<{ status: number; body: string }>, pids: number[]): Promise<Figures> {
  const cpuBefore = cpuMs(pids);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure = "";
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        next++;
        const t = performance.now();
        const r = await fire();
        latencies.push(performance.now() - t);
        if (r.status !== 200) {
          failures++;
          firstFailure ||= r.body.slice(0, 300);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(18)} ${String(n).padStart(6)} req  ${(n / seconds).toFixed(0).padStart(6)} req/s  p50 ${f(percentile(latencies, 50))} ms  p99 ${f(percentile(latencies, 99))} ms  failures ${failures}`,
  );
  const cpuAfter = cpuMs(pids);
  const figures: Figures = { rps: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    figures.cpuUs = (1000 * (cpuAfter - cpuBefore)) / n;
    console.log(`${"".padEnd(18)} server CPU ${figures.cpuUs.toFixed(0)} µs per request`);
  }
  if (firstFailure) console.log(`  first failure: ${firstFailure}`);
  return figures;
}

/** Both calls against one set of servers: AssumeRole, and GetCallerIdentity with a session it issued. */
async function bench(label: string, target: Target): Promise<{ assume: Figures; whoami: Figures }> {
  let turn = 0;
  const nextUrl = () => target.urls[turn++ % target.urls.length];
  await ensureRole(target.urls[0]);
  const assume = () => call(nextUrl(), "sts", { Action: "AssumeRole", RoleArn: ROLE_ARN, RoleSessionName: "bench" }, ADMIN);
  const first = await assume();
  const key = /<AccessKeyId>(.*?)<\/AccessKeyId>/.exec(first.body)?.[1];
  const secret = /<SecretAccessKey>(.*?)<\/SecretAccessKey>/.exec(first.body)?.[1];
  const token = /<SessionToken>(.*?)<\/SessionToken>/.exec(first.body)?.[1];
  if (!key || !secret || !token) throw new Error(`AssumeRole failed: ${first.body}`);
  const session = { accessKeyId: key, secretAccessKey: secret, sessionToken: token };
  const whoami = () => call(nextUrl(), "sts", { Action: "GetCallerIdentity" }, session);
  console.log(`\n${label}: ${target.urls.map((u) => u.href).join(", ")} — ${REQUESTS} requests each, concurrency ${CONCURRENCY}`);
  await run("warm-up", Math.min(500, REQUESTS), assume, target.pids);
  await run("warm-up", Math.min(500, REQUESTS), whoami, target.pids);
  return { assume: await run("AssumeRole", REQUESTS, assume, target.pids), whoami: await run("GetCallerIdentity", REQUESTS, whoami, target.pids) };
}

async function measure(label: string, start: () => Promise<Target>): Promise<{ assume: Figures; whoami: Figures }> {
  const target = await start();
  try {
    return await bench(label, target);
  } finally {
    await target.stop();
  }
}

function ratioLine(name: string, base: Figures, other: Figures): string {
  const cpu = base.cpuUs && other.cpuUs ? `, CPU/request ${(other.cpuUs / base.cpuUs).toFixed(2)}×` : "";
  return `  ${name.padEnd(18)} ${((100 * other.rps) / base.rps).toFixed(0)} % of SQLite's req/s${cpu}`;
}

async function main(): Promise<void> {
  try {
    if (process.env.BENCH_URL) {
      const url = new URL(process.env.BENCH_URL);
      await bench("running server", { urls: [url], pids: [], stop: async () => {} });
      return;
    }
    const sqlite = await measure("SQLite", () => startServers(1));
    if (process.env.BENCH_DB !== "postgres") return;
    const runs: [string, Awaited<ReturnType<typeof measure>>][] = [["PostgreSQL, 1 instance", await measure("PostgreSQL, 1 instance", () => startServers(1, POSTGRES_ADMIN))]];
    if (INSTANCES > 1) {
      const label = `PostgreSQL, ${INSTANCES} instances`;
      runs.push([label, await measure(label, () => startServers(INSTANCES, POSTGRES_ADMIN))]);
    }
    for (const [label, r] of runs) {
      console.log(`\n${label} vs SQLite:`);
      console.log(ratioLine("AssumeRole", sqlite.assume, r.assume));
      console.log(ratioLine("GetCallerIdentity", sqlite.whoami, r.whoami));
    }
  } finally {
    agent.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
