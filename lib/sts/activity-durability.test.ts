// A wire call that was answered has its activity row on disk: the server is killed with SIGKILL
// while answering a burst of signed calls (lib/sts/serve.ts, the real Query handler on node:http,
// in a child process), and every request id a client received must be in ActivityEvent when the
// store is reopened (SQLite file or PostgreSQL database).
import { spawn, type ChildProcess } from "node:child_process";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, describe, expect, it } from "vitest";
import { waitUntilUp } from "@/lib/testing/app-server";
import { createSandbox, sandboxEnv } from "@/lib/testing/sandbox-db";
import { ADMIN_111 } from "./testing";
import { freePort } from "@/lib/testing/free-port";

const CALLS = 320;
const KILL_AFTER = 160;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:user/admin" }, Action: "sts:AssumeRole" }],
});

let child: ChildProcess | undefined;
afterAll(() => void child?.kill("SIGKILL"));

describe("activity rows survive kill -9", () => {
  it("records every answered call before its answer leaves", async () => {
    const store = createSandbox();
    const port = await freePort();
    const endpoint = `http://127.0.0.1:${port}/api/aws`;
    child = spawn(process.execPath, ["--import", "tsx", "lib/sts/serve.ts"], {
      env: { ...process.env, ...sandboxEnv(store), PORT: String(port), NODE_ENV: "production" },
      stdio: "ignore",
    });
    await waitUntilUp(endpoint, { timeoutMs: 60_000, method: "POST", anyAnswer: true });

    // No retries: a call cut by the kill must fail, not be answered by nobody.
    const config = { endpoint, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 };
    const iam = new IAMClient(config);
    const sts = new STSClient(config);
    const answered: { requestId: string; action: string }[] = [];
    const killed = new Promise<void>((resolve) => child?.once("exit", () => resolve()));
    const note = (action: string) => (out: { $metadata: { requestId?: string } }) => {
      if (out.$metadata.requestId) answered.push({ requestId: out.$metadata.requestId, action });
      if (answered.length === KILL_AFTER) child?.kill("SIGKILL");
    };
    const calls = Array.from({ length: CALLS }, (_, i) =>
      (i % 2 === 0
        ? iam.send(new CreateRoleCommand({ RoleName: `Durable${i}`, AssumeRolePolicyDocument: TRUST })).then(note("CreateRole"))
        : sts.send(new GetCallerIdentityCommand({})).then(note("GetCallerIdentity"))
      ).catch(() => undefined),
    );
    await Promise.all(calls);
    await killed;
    expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // A fresh client on the same store (either provider): what a restarted server would read.
    const { createDb } = await import("@/lib/db");
    const reader = createDb(store.databaseUrl);
    const rows = await reader.activityEvent.findMany({ where: { source: "api" }, select: { requestId: true } });
    await reader.$disconnect();
    const recorded = new Set(rows.map((r) => r.requestId));
    const lost = answered.filter((a) => !recorded.has(a.requestId));
    expect(lost).toEqual([]);
  }, 180_000);
});
