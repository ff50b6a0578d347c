// Journey: changes survive a server restart (the database is the source of truth), and
// `npm run sandbox:reset` restores the demo state. Breaks silently if state lives in memory or if
// the reset forgets a table.
import { expect, test } from "@playwright/test";
import { SANDBOX } from "./support/sign-in";
import { newStore, runPrepareData, startServer } from "./support/server";

const PORT = 3199;

test("a created user survives a restart and disappears on sandbox reset", async ({ page }) => {
  test.setTimeout(180_000);
  const store = newStore();
  const userName = `persist-${Date.now()}`;
  let server = await startServer(PORT, store);
  const users = () => page.getByRole("table", { name: "Users" });
  try {
    await test.step("create a user through the console", async () => {
      await page.goto(`${server.baseURL}/signin`);
      await page.context().clearCookies();
      await page.goto(`${server.baseURL}/signin`);
      await expect(page.locator("form[data-hydrated]")).toBeVisible();
      await page.getByLabel("Account ID (12 digits) or account alias").fill(SANDBOX.identity);
      await page.getByLabel("IAM user name").fill("admin");
      await page.getByLabel("Password").fill(SANDBOX.adminPassword);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
      await page.goto(`${server.baseURL}/iam/users`);
      await page.getByRole("button", { name: "Create user" }).click();
      const dialog = page.getByRole("dialog", { name: "Create user" });
      await dialog.getByLabel("User name").fill(userName);
      await dialog.getByRole("checkbox", { name: /Provide user access/ }).uncheck();
      await dialog.getByRole("button", { name: "Create user" }).click();
      await expect(users().getByRole("link", { name: userName })).toBeVisible();
    });

    await test.step("restart the server: the user is still there", async () => {
      await server.stop();
      server = await startServer(PORT, store);
      await page.goto(`${server.baseURL}/iam/users`);
      await expect(users().getByRole("link", { name: userName })).toBeVisible();
    });

    await test.step("sandbox reset restores the demo state", async () => {
      runPrepareData(store, "--reset");
      // Sandbox ids are deterministic, so admin's console session is still valid after the reset.
      await page.goto(`${server.baseURL}/iam/users`);
      await expect(users().getByRole("link", { name: "alice" })).toBeVisible();
      await expect(users().getByRole("link", { name: userName })).toHaveCount(0);
    });
  } finally {
    await server.stop();
  }
});
