// A journey's own training server (SANDBOX_MODE=multi, training spec §6): a private server on a new
// store, started before the file's tests (which run in order: they share its learners) and stopped
// after them, and a learner's sign-in as the admin of one of their sandbox's accounts.
import { expect, test, type Page } from "@playwright/test";
import type { SandboxStore } from "../../lib/testing/sandbox-db";
import { newStore, startServer, type PrivateServer } from "./server";

/**
 * Registers the file's beforeAll/afterAll; the server answers from the first test on. `env` adds to
 * SANDBOX_MODE=multi (e.g. the instructor token).
 */
export function trainingServer(port: number, env: Record<string, string> = {}): PrivateServer {
  let started: PrivateServer | undefined;
  const running = () => {
    if (!started) throw new Error("the training server starts in beforeAll: use it from a test");
    return started;
  };
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    started = await startServer(port, newStore(), { SANDBOX_MODE: "multi", ...env });
  });
  test.afterAll(async () => started?.stop());
  return {
    get baseURL() {
      return running().baseURL;
    },
    get store(): SandboxStore {
      return running().store;
    },
    stop: () => running().stop(),
  };
}

/** Signs in on the real sign-in page as `admin` of a sandbox account (its alias), with its password. */
export async function signInAsSandboxAdmin(page: Page, baseURL: string, account: string, password: string) {
  await page.goto(`${baseURL}/signin`);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Account ID (12 digits) or account alias").fill(account);
  await page.getByLabel("IAM user name").fill("admin");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
