// Journey (issue #15, spec training §5/§7): the guided labs. /labs lists the labs by track; Start
// (after a confirmation) opens L8 "Session duration" in the docked panel; doing step 2 over the wire
// (UpdateRole MaxSessionDuration with the SDK, as a CLI learner would) turns its check ✓ without a
// reload; the panel survives a reload; Reset lab brings the check back; the panel is keyboard-operable;
// the lab routes answer bad ids with 4xx JSON. What would silently break: a panel that only updates on
// reload, an attempt kept in memory, a reset that keeps the learner's changes.
// Runs on a private server: Start resets the sandbox, which the shared server's other journeys use.
import { expect, test, type Page } from "@playwright/test";
import { UpdateRoleCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { newStore, startServer, type PrivateServer } from "./support/server";
import { SANDBOX } from "./support/sign-in";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 40;
let server: PrivateServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(PORT, newStore());
});

test.afterAll(async () => {
  await server?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${server.baseURL}/signin`);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Account ID (12 digits) or account alias").fill(SANDBOX.identity);
  await page.getByLabel("IAM user name").fill("admin");
  await page.getByLabel("Password").fill(SANDBOX.adminPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
}

/** Presses Tab until `target` has focus: it is reachable from the keyboard in the page's order. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached with ${max} Tab presses`);
}

test("start L8 from the catalog, pass step 2 over the wire, reload, reset, all from the panel", async ({ page }) => {
  await signIn(page);
  const panel = page.getByRole("complementary", { name: "Lab: Session duration" });
  const maxCheck = panel.getByRole("list", { name: "Checks for step 2" }).getByRole("listitem").filter({ hasText: "allows 12-hour sessions" });

  await test.step("the catalog groups the labs by track; Start asks before it resets the sandbox", async () => {
    await page.getByRole("navigation", { name: "IAM" }).getByRole("link", { name: "Labs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Labs" })).toBeVisible();
    for (const track of ["Fundamentals", "Cross-account", "Federation", "Guardrails"]) await expect(page.getByRole("heading", { level: 2, name: track })).toBeVisible();
    const card = page.getByRole("article", { name: "Session duration" });
    await expect(card).toContainText("Not started");
    await card.getByRole("button", { name: "Start" }).click();
    const dialog = page.getByRole("dialog", { name: "Start lab: Session duration?" });
    await dialog.getByRole("button", { name: "Start lab" }).click();
    await expect(dialog).toBeHidden();
    // The lab's startUrl, with the panel docked beside it.
    await expect(page).toHaveURL(/\/iam\/roles$/);
    await expect(panel.getByRole("button", { name: /^Step 2: Raise the maximum/ })).toBeVisible();
    await expect(maxCheck).toContainText("Not yet passed");
  });

  await test.step("step 2 done with the SDK: its check turns ✓ without a reload, and is announced", async () => {
    const iam = iamClient(server.baseURL, ADMIN_KEYS.identity);
    await iam.send(new UpdateRoleCommand({ RoleName: "BatchProcessingRole", MaxSessionDuration: 43200 }));
    await expect(maxCheck).toContainText("Passed", { timeout: 8000 });
    await expect(panel.getByRole("status")).toContainText("Check passed: BatchProcessingRole allows 12-hour sessions.");
  });

  await test.step("the panel survives a reload and another page", async () => {
    await page.reload();
    await expect(maxCheck).toContainText("Passed");
    await page.goto(`${server.baseURL}/iam/users`);
    await expect(maxCheck).toContainText("Passed");
    await expect(page.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
  });

  await test.step("keyboard: collapse to the rail and back, then Reset lab", async () => {
    const collapse = panel.getByRole("button", { name: "Collapse lab panel" });
    await collapse.focus();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("button", { name: "Open lab panel" })).toBeFocused();
    await expect(panel.getByRole("heading", { name: "Steps" })).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(collapse).toBeFocused();
    const reset = panel.getByRole("button", { name: "Reset lab" });
    await tabTo(page, reset);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Reset lab: Session duration?" });
    await dialog.getByRole("button", { name: "Reset lab" }).press("Enter");
    await expect(dialog).toBeHidden();
    // The role is back at its 1-hour default, so the latched pass is cleared.
    await expect(maxCheck).toContainText("Not yet passed");
    await expect(panel.getByRole("status")).toContainText("Lab Session duration reset.");
  });
});

test("the lab routes: a learner cookie of their own, and bad ids answered 4xx, never 5xx", async ({ page }) => {
  await signIn(page);
  const post = (action: string, data: unknown) =>
    page.request.post(`${server.baseURL}/api/console/labs/${action}`, { headers: { origin: server.baseURL, "content-type": "application/json" }, data: JSON.stringify(data) });
  const current = await page.request.get(`${server.baseURL}/api/console/labs/current`);
  expect(current.status()).toBe(200);
  const cookie = (await page.context().cookies()).find((c) => c.name === "lab_learner");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  for (const [action, body, status, code] of [
    ["start", { labId: "no-such-lab" }, 404, "NoSuchEntity"],
    ["start", { labId: 5 }, 400, "ValidationError"],
    ["start", { labId: "session-duration", extra: 1 }, 400, "ValidationError"],
    ["hint", { stepId: "no-such-step" }, 404, "NoSuchEntity"],
    ["answer", { checkId: "no-such-check", value: "x" }, 404, "NoSuchEntity"],
    ["actor", { actorId: "no-such-actor" }, 404, "NoSuchEntity"],
  ] as const) {
    const r = await post(action, body);
    expect(r.status(), `${action} ${JSON.stringify(body)}`).toBe(status);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe(code);
  }
});
