// Two server processes on one PostgreSQL database behave as one sandbox (issue #11 item 3): a role
// created through A is assumable through B at once; revoking its sessions or detaching its policy on
// A denies on B within a second (B's policy cache must learn of A's write); the same user's sign-in
// failures count across both; a console session signed on A is honoured by B (no sticky sessions).
// Runs in the PostgreSQL e2e run (playwright.postgres.config.ts); skipped without TEST_DATABASE_URL.
import { AttachRolePolicyCommand, CreateRoleCommand, DetachRolePolicyCommand, ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { startAppServer, type AppServer } from "../lib/testing/app-server";
import { createSandbox, testPostgresUrl } from "../lib/testing/sandbox-db";
import { consoleFetch, signInApi } from "./support/console-api";
import { ADMIN_KEYS, iamClient, stsClient, trustPolicy } from "./support/aws";

const ACCT = "111111111111";
const READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";
// Clear of other runs' E2E_PORTs (31NN) and of the deploy instances behind the proxy (E2E_PORT+1000…).
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 1020;

test.skip(!testPostgresUrl(), "needs a PostgreSQL server (TEST_DATABASE_URL)");

let a: AppServer;
let b: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const store = createSandbox();
  [a, b] = await Promise.all([startAppServer(BASE_PORT, store), startAppServer(BASE_PORT + 1, store)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

async function assume(baseURL: string, roleArn: string, sessionName: string): Promise<Creds> {
  const out = await stsClient(baseURL, ADMIN_KEYS.identity).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName }));
  const c = out.Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

/** "allowed", or the error code (AccessDenied) of iam:ListRoles as `creds` through `baseURL`. */
async function listRoles(baseURL: string, creds: Creds): Promise<string> {
  try {
    await iamClient(baseURL, creds).send(new ListRolesCommand({ MaxItems: 1 }));
    return "allowed";
  } catch (e) {
    return (e as Error).name;
  }
}

/** Milliseconds until `creds` are denied through `baseURL`, polling for at most `limitMs`. */
async function msUntilDenied(baseURL: string, creds: Creds, since: number, limitMs: number): Promise<number> {
  let outcome = await listRoles(baseURL, creds);
  while (outcome === "allowed" && Date.now() - since < limitMs) {
    await new Promise((r) => setTimeout(r, 25));
    outcome = await listRoles(baseURL, creds);
  }
  expect(outcome).toBe(outcome === "allowed" ? "AccessDenied (not within the limit)" : "AccessDenied");
  return Date.now() - since;
}

test("a role created through A is assumable through B at once, and revoking or detaching on A denies on B within 1 s", async () => {
  const role = `multi-${Date.now()}`;
  const roleArn = `arn:aws:iam::${ACCT}:role/${role}`;
  const iamA = iamClient(a.baseURL, ADMIN_KEYS.identity);

  await iamA.send(new CreateRoleCommand({ RoleName: role, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${ACCT}:root` }) }));
  await iamA.send(new AttachRolePolicyCommand({ RoleName: role, PolicyArn: READ_ONLY }));
  const first = await assume(b.baseURL, roleArn, "on-b");
  // Both instances have now evaluated the session's policies (and cached them).
  expect(await listRoles(b.baseURL, first)).toBe("allowed");
  expect(await listRoles(a.baseURL, first)).toBe("allowed");

  await test.step("Revoke active sessions in A's console: B denies the older session within 1 s", async () => {
    const consoleCtx = await playwrightRequest.newContext({ baseURL: a.baseURL });
    await signInApi(consoleCtx);
    const res = await consoleFetch(consoleCtx, a.baseURL, { method: "POST", path: `/api/console/roles/${role}/revoke-sessions` });
    expect(res.status(), await res.text()).toBe(200);
    const ms = await msUntilDenied(b.baseURL, first, Date.now(), 1000);
    await consoleCtx.dispose();
    test.info().annotations.push({ type: "revoke seen by B after", description: `${ms} ms` });
  });

  await test.step("detach the role's policy through A: B denies a new session within 1 s", async () => {
    // Issued after the revocation's timestamp, so only the policy allows or denies it: a session's
    // issue time has whole seconds (as aws:TokenIssueTime), so wait for the next second to begin.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
    const second = await assume(a.baseURL, roleArn, "on-a");
    expect(await listRoles(b.baseURL, second)).toBe("allowed");
    await iamA.send(new DetachRolePolicyCommand({ RoleName: role, PolicyArn: READ_ONLY }));
    const ms = await msUntilDenied(b.baseURL, second, Date.now(), 1000);
    test.info().annotations.push({ type: "detach seen by B after", description: `${ms} ms` });
  });
});

test("a console session signed on A is honoured by B (JWT cookie: no sticky sessions needed)", async () => {
  const ctx = await playwrightRequest.newContext({ baseURL: a.baseURL });
  await signInApi(ctx);
  // Cookies are per host, not per port: the same jar goes to B.
  const onB = await ctx.get(`${b.baseURL}/api/auth/session`);
  expect(((await onB.json()) as { identity?: { name?: string } }).identity?.name).toBe("admin");
  await ctx.dispose();
});

/** One sign-in attempt through `baseURL`: "OK" or next-auth's error code (INVALID, THROTTLED). */
async function signInOutcome(baseURL: string, userName: string, password: string): Promise<string> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, type: "iam", account: ACCT, userName, password, json: "true" },
      maxRedirects: 0,
    });
    const { url } = (await res.json()) as { url: string };
    return new URL(url).searchParams.get("error") ?? "OK";
  } finally {
    await ctx.dispose();
  }
}

test("one user's sign-in failures count across both instances", async () => {
  const userName = `throttle-${Date.now()}`;
  const password = "Multi-Instance-1!";
  // Through A's console (not the wire), so this test rests on the shared throttle alone.
  const admin = await playwrightRequest.newContext({ baseURL: a.baseURL });
  await signInApi(admin);
  const created = await consoleFetch(admin, a.baseURL, { method: "POST", path: "/api/console/users", body: { userName, password } });
  expect(created.status(), await created.text()).toBe(200);
  await admin.dispose();

  // Five failures from one address lock that identity (lib/auth/throttle.ts IDENTITY_RULE), split 3 + 2:
  // neither instance alone has seen five.
  for (const server of [a, a, a, b, b]) expect(await signInOutcome(server.baseURL, userName, "wrong-password")).toBe("INVALID");
  expect(await signInOutcome(b.baseURL, userName, password)).toBe("THROTTLED");
  expect(await signInOutcome(a.baseURL, userName, password)).toBe("THROTTLED");
});
