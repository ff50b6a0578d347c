// A wire call that was answered is on disk: the server is killed with SIGKILL while answering a
// burst of signed calls (lib/wire/serve.ts, the real Query handler on node:http, in a child process).
// Every request id a client received must be in ActivityEvent when the store is reopened, and every
// session an AssumeRole answer handed out must work on a new server process started on the same
// store (SQLite file or PostgreSQL database): credentials a client holds are never lost by a crash.
import { spawn, type ChildProcess } from "node:child_process";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type Credentials } from "@aws-sdk/client-sts";
import { afterAll, describe, expect, it } from "vitest";
import { waitUntilUp } from "@/lib/testing/app-server";
import { freePort } from "@/lib/testing/free-port";
import { createSandbox, sandboxEnv, type SandboxStore } from "@/lib/testing/sandbox-db";
import { ADMIN_111, type Creds } from "@/lib/wire/testing";

const CALLS = 360;
const KILL_AFTER = 180;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:user/admin" }, Action: "sts:AssumeRole" }],
});
const TARGET = "arn:aws:iam::111111111111:role/DurableTarget";

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill("SIGKILL")));

/** The wire endpoint in its own process, as `npm start` would serve it, on `store`. */
async function serve(store: SandboxStore): Promise<{ child: ChildProcess; endpoint: string }> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/api/aws`;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/wire/serve.ts"], {
    env: { ...process.env, ...sandboxEnv(store), PORT: String(port), NODE_ENV: "production" },
    stdio: "ignore",
  });
  children.push(child);
  await waitUntilUp(endpoint, { timeoutMs: 60_000, method: "POST", anyAnswer: true });
  return { child, endpoint };
}

// No retries: a call cut by the kill must fail, not be answered by nobody.
const clients = (endpoint: string, credentials: Creds) => {
  const config = { endpoint, region: "us-east-1", credentials, maxAttempts: 1 };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
};

describe("answered calls survive kill -9", () => {
  it("records every answered call and keeps every issued session before its answer leaves", async () => {
    const store = createSandbox();
    const first = await serve(store);
    const { iam, sts } = clients(first.endpoint, ADMIN_111);
    await iam.send(new CreateRoleCommand({ RoleName: "DurableTarget", AssumeRolePolicyDocument: TRUST }));

    const answered: { requestId: string; action: string }[] = [];
    const sessions: Credentials[] = [];
    const killed = new Promise<void>((resolve) => first.child.once("exit", () => resolve()));
    const note = (action: string) => (out: { $metadata: { requestId?: string }; Credentials?: Credentials }) => {
      if (out.$metadata.requestId) answered.push({ requestId: out.$metadata.requestId, action });
      if (out.Credentials) sessions.push(out.Credentials);
      if (answered.length === KILL_AFTER) first.child.kill("SIGKILL");
    };
    const calls = Array.from({ length: CALLS }, (_, i) => {
      const call =
        i % 3 === 0
          ? iam.send(new CreateRoleCommand({ RoleName: `Durable${i}`, AssumeRolePolicyDocument: TRUST })).then(note("CreateRole"))
          : i % 3 === 1
            ? sts.send(new AssumeRoleCommand({ RoleArn: TARGET, RoleSessionName: `s${i}` })).then(note("AssumeRole"))
            : sts.send(new GetCallerIdentityCommand({})).then(note("GetCallerIdentity"));
      return call.catch(() => undefined);
    });
    await Promise.all(calls);
    await killed;
    expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sessions.length).toBeGreaterThan(0);

    // A fresh client on the same store (either provider): what a restarted server would read.
    const { createDb } = await import("@/lib/db");
    const reader = createDb(store.databaseUrl);
    const rows = await reader.activityEvent.findMany({ where: { source: "api" }, select: { requestId: true } });
    await reader.$disconnect();
    const recorded = new Set(rows.map((r) => r.requestId));
    expect(answered.filter((a) => !recorded.has(a.requestId))).toEqual([]);

    // A new server process on the same store honours every session the killed one handed out.
    const second = await serve(store);
    const refused: string[] = [];
    for (const c of sessions) {
      const creds = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
      const who = await clients(second.endpoint, creds)
        .sts.send(new GetCallerIdentityCommand({}))
        .then((out) => out.Arn ?? "", (e: Error) => `${e.name}: ${e.message}`);
      if (!who.startsWith("arn:aws:sts::111111111111:assumed-role/DurableTarget/")) refused.push(`${c.AccessKeyId} → ${who}`);
    }
    expect(refused).toEqual([]);
  }, 240_000);
});
