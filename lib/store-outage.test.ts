// A store that goes away answers clean AWS errors on both doors, and the same process serves again
// once it is back — no restart. On PostgreSQL (TEST_DATABASE_URL set) the test runs its own
// throwaway cluster and stops, starts and restarts it; on SQLite another process holds the write
// lock past the busy timeout (what a long `sqlite3` session or a stuck writer does). The wire
// answers ServiceUnavailable (503), AWS's common error for a temporary failure, which the SDKs and
// CLI retry: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html and
// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html. The console answers its
// usual JSON error shape with the same code and status. Neither body carries a stack or driver text.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ThrowawayCluster, startThrowawayCluster } from "@/lib/testing/pg-cluster";
import { databaseOn, pointAtFreshSandbox, prepareStore, psql, sandboxEnv, testPostgresUrl } from "@/lib/testing/sandbox-db";
import { ADMIN_PASSWORD } from "@/lib/sandbox/constants";
import { ADMIN_111 } from "@/lib/wire/testing";

vi.mock("server-only", () => ({}));
// The console's session is next-auth's; here the caller is read from the store on every request,
// as getConsoleState does, so an outage hits that read too.
vi.mock("@/lib/auth/get-caller", () => import("@/lib/testing/console-admin-caller"));
// Counts the calls answered ServiceUnavailable, so the SQLite lock is held until both have been
// (their activity records, written after the answer is decided, wait for it to go).
const outage = vi.hoisted(() => ({ answered: 0 }));
vi.mock("@/lib/store-unavailable", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/store-unavailable")>();
  return {
    ...real,
    serviceUnavailable: () => {
      outage.answered++;
      return real.serviceUnavailable();
    },
  };
});

const onPostgres = testPostgresUrl() !== undefined;
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111111111111:user/admin" }, Action: "sts:AssumeRole" }],
});
const UNAVAILABLE = "The request has failed due to a temporary failure of the server.";

let cluster: ThrowawayCluster | undefined;
let server: Server | undefined;
let endpoint = "";

beforeAll(async () => {
  if (onPostgres) {
    cluster = await startThrowawayCluster();
    psql(cluster.url, `CREATE DATABASE outage`);
    const store = { dataDir: mkdtempSync(path.join(tmpdir(), "iam-outage-")), databaseUrl: databaseOn(cluster.url, "outage") };
    prepareStore(store);
    Object.assign(process.env, sandboxEnv(store));
  } else {
    pointAtFreshSandbox();
  }
  const { nodeListener } = await import("@/lib/aws-query");
  const { createAwsEndpoint } = await import("@/lib/wire/endpoint");
  server = createServer(nodeListener(createAwsEndpoint({ logError: () => undefined })));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/aws`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await cluster?.destroy();
});

// One attempt: the SDK would retry a 503 (it is transient), and the test wants to see it.
const clients = () => {
  const config = { endpoint, region: "us-east-1", credentials: ADMIN_111, maxAttempts: 1 };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
};

async function wireCreateRole(name: string): Promise<{ status: number; code?: string; message?: string }> {
  return clients()
    .iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }))
    .then((out) => ({ status: out.$metadata.httpStatusCode ?? 0 }), sdkFailure);
}

function sdkFailure(e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) {
  return { status: e.$metadata?.httpStatusCode ?? 0, code: e.name, message: e.message };
}

async function wireCallerIdentity(): Promise<{ status: number; code?: string; message?: string }> {
  return clients()
    .sts.send(new GetCallerIdentityCommand({}))
    .then((out) => ({ status: out.$metadata.httpStatusCode ?? 0 }), sdkFailure);
}

async function consoleCreateUser(userName: string): Promise<{ status: number; body: string }> {
  silenceConsoleLog();
  const { POST } = await import("@/app/api/console/users/route");
  const req = new NextRequest("http://localhost:3000/api/console/users", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000", host: "localhost:3000" },
    body: JSON.stringify({ userName }),
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  return { status: res.status, body: await res.text() };
}

/** The console's sign-in (next-auth's authorize): what the browser is told, as a code. */
async function consoleSignIn(password: string): Promise<string> {
  silenceConsoleLog();
  const { authOptions } = await import("@/lib/auth/options");
  type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<unknown>;
  const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
  const credentials = { type: "iam", account: "111111111111", userName: "admin", password };
  return provider.options.authorize(credentials, { headers: {} }).then(
    () => "SIGNED_IN",
    (e: Error) => e.message,
  );
}

function silenceConsoleLog() {
  // withConsoleApi logs each failure once, server-side; keep the test output readable.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
}

async function userExists(userName: string): Promise<boolean> {
  const { db } = await import("@/lib/db");
  return (await db.user.count({ where: { accountId: "111111111111", name: userName } })) > 0;
}

function expectCleanConsole503(answer: { status: number; body: string }) {
  expect(answer.status).toBe(503);
  const body = JSON.parse(answer.body) as { error: { code: string; message: string; requestId: string } };
  expect(body.error.code).toBe("ServiceUnavailable");
  expect(body.error.message).toBe(UNAVAILABLE);
  expect(body.error.requestId).toMatch(/\S/);
  expect(answer.body).not.toMatch(/\bat \S+:\d+|prisma|postgres|sqlite|ECONN|DriverAdapter/i);
}

/**
 * Holds SQLite's write lock from another process (BEGIN EXCLUSIVE), resolving once it is held, until
 * release() (or a minute, should the test die): held for as long as the writes take, whatever the load.
 */
function holdSqliteLock(): Promise<{ release: () => Promise<void> }> {
  const file = process.env.DATABASE_URL!.replace(/^file:/, "");
  const script = `const D=require("better-sqlite3");const d=new D(${JSON.stringify(file)});d.exec("BEGIN EXCLUSIVE");console.log("locked");const end=()=>{d.exec("ROLLBACK");d.close();process.exit(0);};process.stdin.once("data",end);setTimeout(end,60000);`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.on("error", () => undefined); // gone already: its minute was up
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const release = () => {
    if (child.exitCode === null) child.stdin.end("release\n");
    return released;
  };
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve({ release }));
    child.once("error", reject);
  });
}

describe.runIf(onPostgres)("PostgreSQL outage", () => {
  it("answers 503 ServiceUnavailable while the server is down, and serves again once it is back", async () => {
    expect((await wireCreateRole("BeforeOutage")).status).toBe(200);
    expect((await consoleCreateUser("before-outage")).status).toBe(200);

    await cluster!.stop();
    expect(await wireCreateRole("DuringOutage")).toEqual({ status: 503, code: "ServiceUnavailable", message: UNAVAILABLE });
    // The signature check itself needs the store (the key's secret): the same clean answer.
    expect(await wireCallerIdentity()).toEqual({ status: 503, code: "ServiceUnavailable", message: UNAVAILABLE });
    expectCleanConsole503(await consoleCreateUser("during-outage"));
    // Not "incorrect password", and no driver text in the answer next-auth sends the browser.
    expect(await consoleSignIn(ADMIN_PASSWORD)).toBe("UNAVAILABLE");

    await cluster!.start();
    expect((await wireCreateRole("AfterOutage")).status).toBe(200);
    expect((await wireCallerIdentity()).status).toBe(200);
    expect((await consoleCreateUser("after-outage")).status).toBe(200);
    expect(await consoleSignIn(ADMIN_PASSWORD)).toBe("SIGNED_IN");
    expect(await userExists("during-outage")).toBe(false);
  }, 120_000);

  it("recovers from a server restart without restarting the app (pooled connections are replaced)", async () => {
    // Every pooled connection dies with the restart; the next calls must not be handed a dead one.
    await cluster!.restart();
    expect((await wireCallerIdentity()).status).toBe(200);
    expect((await wireCreateRole("AfterRestart")).status).toBe(200);
    expect((await consoleCreateUser("after-restart")).status).toBe(200);
  }, 120_000);
});

describe.runIf(!onPostgres)("SQLite locked by another process", () => {
  it("answers 503 ServiceUnavailable past the busy timeout, and serves again once the lock is gone", async () => {
    expect((await wireCreateRole("BeforeLock")).status).toBe(200);

    // Held until the server has waited out the busy timeouts of both writes below, one by one, however
    // long that takes on a loaded machine.
    const lock = await holdSqliteLock();
    const before = outage.answered;
    const answers = Promise.all([wireCreateRole("DuringLock"), consoleCreateUser("during-lock")]);
    await vi.waitFor(() => expect(outage.answered - before).toBe(2), { timeout: 55_000, interval: 50 });
    await lock.release();
    const [wire, console503] = await answers;
    expect(wire).toEqual({ status: 503, code: "ServiceUnavailable", message: UNAVAILABLE });
    expectCleanConsole503(console503);

    expect((await wireCreateRole("AfterLock")).status).toBe(200);
    expect((await consoleCreateUser("after-lock")).status).toBe(200);
    expect(await userExists("during-lock")).toBe(false);
  }, 120_000);
});
