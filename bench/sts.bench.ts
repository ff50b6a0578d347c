// STS throughput and latency (npm run bench:sts): signed AssumeRole and GetCallerIdentity requests
// fired with concurrency from this process at a server in another process.
//   BENCH_URL=http://localhost:3000/api/aws   use a running server (a role BenchRole trusting the
//                                             sandbox admin must exist, or CreateRole must work)
//   (default)                                 fresh sandbox + the production server (server.ts,
//                                             what `npm start` serves; needs `next build`)
//   BENCH_SERVER=next                         fresh sandbox + plain `next start` (the route file)
//   BENCH_SERVER=node                         fresh sandbox + lib/sts/serve.ts (no Next.js at all)
//   BENCH_REQUESTS (3000) BENCH_CONCURRENCY (16)
import { spawn } from "node:child_process";
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { startAppServer, waitUntilUp } from "../lib/testing/app-server";
import { sandboxEnv, pointAtFreshSandbox } from "../lib/testing/sandbox-db";

const ADMIN = { accessKeyId: "AKIAIDENTITYADMIN001", secretAccessKey: "identityAdminSecretKey000000000000000001" };
const ACCOUNT = "111111111111";
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/BenchRole`;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/admin` }, Action: "sts:AssumeRole" }],
});
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

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
  url: URL;
  /** The server's process id when this script started it: its CPU time per request is reported. */
  pid?: number;
  stop: () => Promise<void>;
}

async function startServer(): Promise<Target> {
  const store = pointAtFreshSandbox();
  const port = 3190 + Math.floor(Math.random() * 9);
  const url = new URL(`http://127.0.0.1:${port}/api/aws`);
  if (process.env.BENCH_SERVER === "node") {
    const env = { ...process.env, ...sandboxEnv(store), PORT: String(port), NODE_ENV: "production" } as NodeJS.ProcessEnv;
    const child = spawn(process.execPath, ["--import", "tsx", "lib/sts/serve.ts"], { env, stdio: "ignore" });
    await waitUntilUp(url.href, { timeoutMs: 60_000, method: "POST", anyAnswer: true });
    return { url, pid: child.pid, stop: async () => void child.kill() };
  }
  const server = await startAppServer(port, store, { nextOnly: process.env.BENCH_SERVER === "next" });
  return { url, pid: server.child.pid, stop: server.stop };
}

async function ensureRole(url: URL): Promise<void> {
  const created = await call(url, "iam", { Action: "CreateRole", RoleName: "BenchRole", AssumeRolePolicyDocument: TRUST }, ADMIN);
  if (created.status === 200 || created.body.includes("EntityAlreadyExists")) return;
  if (!process.env.SANDBOX_DATA_DIR) throw new Error(`cannot create BenchRole: ${created.body}`);
  // CreateRole not served yet: write the row the way IAM would store it.
  const { db } = await import("../lib/db");
  const { newId } = await import("../lib/ids");
  if (await db.role.findUnique({ where: { arn: ROLE_ARN } })) return;
  await db.role.create({
    data: { id: newId("AROA"), accountId: ACCOUNT, name: "BenchRole", nameLower: "benchrole", arn: ROLE_ARN, trustPolicy: TRUST },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * CPU time (user + system) a process has used, from /proc: throughput and latency depend on what
 * else the 2 cores are doing, CPU per request much less so.
 */
function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function run(label: string, n: number, fire: () => Promise<{ status: number; body: string }>, pid?: number): Promise<void> {
  const cpuBefore = cpuMs(pid);
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
  const cpuAfter = cpuMs(pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    console.log(`${"".padEnd(18)} server CPU ${((1000 * (cpuAfter - cpuBefore)) / n).toFixed(0)} µs per request`);
  }
  if (firstFailure) console.log(`  first failure: ${firstFailure}`);
}

async function main(): Promise<void> {
  const server: Target = process.env.BENCH_URL ? { url: new URL(process.env.BENCH_URL), stop: async () => {} } : await startServer();
  try {
    await ensureRole(server.url);
    const assume = () => call(server.url, "sts", { Action: "AssumeRole", RoleArn: ROLE_ARN, RoleSessionName: "bench" }, ADMIN);
    const first = await assume();
    const key = /<AccessKeyId>(.*?)<\/AccessKeyId>/.exec(first.body)?.[1];
    const secret = /<SecretAccessKey>(.*?)<\/SecretAccessKey>/.exec(first.body)?.[1];
    const token = /<SessionToken>(.*?)<\/SessionToken>/.exec(first.body)?.[1];
    if (!key || !secret || !token) throw new Error(`AssumeRole failed: ${first.body}`);
    const session = { accessKeyId: key, secretAccessKey: secret, sessionToken: token };
    const whoami = () => call(server.url, "sts", { Action: "GetCallerIdentity" }, session);
    console.log(`STS benchmark against ${server.url.href} — ${REQUESTS} requests each, concurrency ${CONCURRENCY}`);
    await run("warm-up", Math.min(500, REQUESTS), assume, server.pid);
    await run("AssumeRole", REQUESTS, assume, server.pid);
    await run("GetCallerIdentity", REQUESTS, whoami, server.pid);
  } finally {
    await server.stop();
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
