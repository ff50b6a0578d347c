// Journey: a classroom on a training server (SANDBOX_MODE=multi, training spec §6). A classroom script
// (`npm run sandbox:new`) and the instructor's API make sandboxes for learners by name, each with a
// one-time join code. Ada opens her join link, joins and signs in; the code then works for
// nobody. Every instructor route refuses an anonymous caller, a learner, and forged headers (403, nothing
// changed). The instructor signs in with the token, sees both sandboxes with their lab progress, issues
// Bob a new code (his first one stops working), and deletes Ada's sandbox, which she can no longer reach.
import { execFileSync } from "node:child_process";
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import type { ClassroomSandbox } from "../lib/sandbox/classroom";
import type { SandboxCredentials } from "../lib/sandbox/provision";
import { sandboxEnv } from "../lib/testing/sandbox-db";
import { fillTemplate, routesUnder } from "./support/console-routes";
import { signInAsSandboxAdmin, trainingServer } from "./support/training-server";

const PORT = Number(process.env.E2E_PORT ?? 3302) + 101;
const TOKEN = `instructor-${Date.now().toString(36)}-classroom-token`;
const WRONG_PASSWORD = "Your authentication information is incorrect. Please try again.";
const BAD_CODE = "This join code is not valid: it is mistyped, expired or already used. Ask your instructor for a new one.";

const server = trainingServer(PORT, { SANDBOX_INSTRUCTOR_TOKEN: TOKEN });

type ScriptOutput = SandboxCredentials & { learner: string; joinCode: string; joinCodeExpiresAt: string; joinPath: string };

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

const signIn = (page: Page, account: string, password: string) => signInAsSandboxAdmin(page, server.baseURL, account, password);

const adminPassword = (s: SandboxCredentials) => s.users.find((u) => u.name === "admin")!.password;

let ada: ScriptOutput;
let adaPage: Page;
let bob: ClassroomSandbox;

test("a classroom script's sandbox: the learner joins with the code and signs in; the code is spent", async ({ browser }) => {
  test.setTimeout(120_000);
  await test.step("npm run sandbox:new prints the credentials and a join code", () => {
    const out = execFileSync("npx", ["tsx", "scripts/sandbox-new.ts", "--learner", "ada@example.edu"], {
      env: { ...process.env, ...sandboxEnv(server.store), SANDBOX_MODE: "multi" },
      encoding: "utf8",
    });
    ada = JSON.parse(out) as ScriptOutput;
    expect(ada.learner).toBe("ada@example.edu");
    expect(ada.joinCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(ada.joinPath).toBe(`/sandboxes/join?code=${ada.joinCode}`);
  });

  adaPage = await newPage(browser);
  await test.step("before joining, nobody can sign in to it", async () => {
    await signIn(adaPage, ada.accounts[0].alias, adminPassword(ada));
    await expect(adaPage.getByText(WRONG_PASSWORD)).toBeVisible();
  });

  await test.step("Ada opens her join link and joins", async () => {
    await adaPage.goto(`${server.baseURL}${ada.joinPath}`);
    await expect(adaPage.getByRole("heading", { name: "Join a sandbox", level: 1 })).toBeVisible();
    await expect(adaPage.getByLabel("Join code")).toHaveValue(ada.joinCode);
    await adaPage.getByRole("button", { name: "Join sandbox" }).click();
    await expect(adaPage).toHaveURL(/\/sandboxes$/);
    await expect(adaPage.getByRole("heading", { name: `Sandbox ${ada.n}` })).toBeVisible();
    await expect(adaPage.getByText("1 of 3 sandboxes")).toBeVisible();
  });

  await test.step("Ada signs in to her sandbox", async () => {
    await signIn(adaPage, ada.accounts[0].alias, adminPassword(ada));
    await expect(adaPage.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
  });

  await test.step("the spent code joins nobody else: one generic error", async () => {
    const other = await newPage(browser);
    await other.goto(`${server.baseURL}/sandboxes`);
    await other.getByLabel("Join code").fill(ada.joinCode);
    await other.getByRole("button", { name: "Join sandbox" }).click();
    await expect(other.getByText(BAD_CODE)).toBeVisible();
    await expect(other.getByText("You have no sandbox yet.")).toBeVisible();
    await other.context().close();
  });
});

test("instructor routes refuse anonymous callers, learners and forged headers", async () => {
  const api = await playwrightRequest.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
  const made = await api.post("/api/sandboxes/instructor", { data: { learner: "bob" } });
  expect(made.status(), await made.text()).toBe(201);
  bob = (await made.json()) as ClassroomSandbox;
  expect(bob.joinCode.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  // Every instructor route file, read from app/ (a new one is covered without being listed), except the sign-in itself.
  const routes = routesUnder("/api/sandboxes/instructor").filter((r) => !r.template.endsWith("/session"));
  expect(routes.map((r) => r.template)).toEqual(expect.arrayContaining(["/api/sandboxes/instructor", "/api/sandboxes/instructor/[id]"]));
  const anonymous = await playwrightRequest.newContext({ baseURL: server.baseURL });
  const forged = await playwrightRequest.newContext({
    baseURL: server.baseURL,
    extraHTTPHeaders: { Authorization: "Bearer not-the-instructor-token", "X-Instructor": "true", "X-Role": "instructor", Cookie: "lab_instructor=eyJhbGciOiJub25lIn0.eyJzdWIiOiJpbnN0cnVjdG9yIn0." },
  });
  const callers = { anonymous, learner: adaPage.request, forged };
  const allowed: string[] = [];
  for (const route of routes) {
    const url = fillTemplate(route.template, { id: bob.sandbox.id });
    for (const method of route.methods) {
      for (const [who, ctx] of Object.entries(callers)) {
        const res = await ctx.fetch(`${server.baseURL}${url}`, { method, data: method === "GET" ? undefined : { learner: "mallory" }, headers: { Origin: server.baseURL } });
        const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
        if (res.status() !== 403 || body.error?.code !== "AccessDenied") allowed.push(`${who} ${method} ${url}: ${res.status()}`);
      }
    }
  }
  expect(allowed).toEqual([]);
  // Nothing changed: bob's sandbox and code are intact, no sandbox for mallory.
  const roster = (await (await api.get("/api/sandboxes/instructor")).json()) as { sandboxes: { learnerName: string | null; claimed: boolean }[] };
  expect(roster.sandboxes.map((s) => [s.learnerName, s.claimed]).sort()).toEqual([["ada@example.edu", true], ["bob", false]]);

  await test.step("the learner sees only the instructor sign-in form", async () => {
    await adaPage.goto(`${server.baseURL}/sandboxes/instructor`);
    await expect(adaPage.getByRole("heading", { name: "Instructor sign-in" })).toBeVisible();
    await expect(adaPage.getByRole("table")).toHaveCount(0);
  });
  await Promise.all([api.dispose(), anonymous.dispose(), forged.dispose()]);
});

test("the instructor sees every sandbox with progress, issues a new code, and deletes a sandbox", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await newPage(browser);
  await page.goto(`${server.baseURL}/sandboxes/instructor`);
  await page.getByLabel("Instructor token").fill("not-the-token-at-all");
  await page.getByRole("button", { name: "Sign in as instructor" }).click();
  await expect(page.getByText("The instructor token is incorrect.")).toBeVisible();
  await page.getByLabel("Instructor token").fill(TOKEN);
  await page.getByRole("button", { name: "Sign in as instructor" }).click();
  await expect(page.getByRole("heading", { name: "Classroom sandboxes" })).toBeVisible();

  const adaRow = page.getByRole("row", { name: /ada@example\.edu/ });
  await expect(adaRow).toContainText("Joined");
  await expect(adaRow).toContainText(`${ada.accounts[0].id} (${ada.accounts[0].alias})`);
  // Lab progress per sandbox (counting is lib/sandbox/roster.test.ts's): none started yet.
  await expect(adaRow).toContainText("0 started, 0 finished");
  const bobRow = page.getByRole("row", { name: /bob/ });
  await expect(bobRow).toContainText("Waiting for join code");
  await expect(bobRow).toContainText("0 started, 0 finished");

  await test.step("a new code for Bob: shown once, and his first one stops working", async () => {
    await page.getByRole("button", { name: `Issue a join code for sandbox ${bob.sandbox.n}` }).click();
    const dialog = page.getByRole("dialog", { name: `New join code for sandbox ${bob.sandbox.n}` });
    await expect(dialog).toBeVisible();
    const code = (await dialog.getByText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/).textContent())!.trim();
    expect(code).not.toBe(bob.joinCode.code);
    await dialog.getByRole("button", { name: "Done" }).click();

    const bobPage = await newPage(browser);
    await bobPage.goto(`${server.baseURL}/sandboxes`);
    await bobPage.getByLabel("Join code").fill(bob.joinCode.code);
    await bobPage.getByRole("button", { name: "Join sandbox" }).click();
    await expect(bobPage.getByText(BAD_CODE)).toBeVisible();
    await bobPage.getByLabel("Join code").fill(code);
    await bobPage.getByRole("button", { name: "Join sandbox" }).click();
    await expect(bobPage.getByRole("heading", { name: `Sandbox ${bob.sandbox.n}` })).toBeVisible();
    await bobPage.context().close();
  });

  await test.step("Delete asks first, then Ada's sandbox is gone and she cannot sign in to it", async () => {
    await page.getByRole("button", { name: `Delete sandbox ${ada.n}` }).click();
    const confirm = page.getByRole("dialog", { name: `Delete sandbox ${ada.n}?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("row", { name: /ada@example\.edu/ })).toHaveCount(0);
    await expect(page.getByText("1 sandbox on this server.")).toBeVisible();

    await adaPage.goto(`${server.baseURL}/sandboxes`);
    await expect(adaPage.getByText("You have no sandbox yet.")).toBeVisible();
    await adaPage.context().clearCookies({ name: "next-auth.session-token" });
    await signIn(adaPage, ada.accounts[0].alias, adminPassword(ada));
    await expect(adaPage.getByText(WRONG_PASSWORD)).toBeVisible();
  });
});
