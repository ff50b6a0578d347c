// A learner on a training server (SANDBOX_MODE=multi): a browser context of their own (so their own
// lab_learner cookie) with one new sandbox started from the Sandboxes page, and its credentials.
import { expect, type Browser, type Page } from "@playwright/test";
import type { SandboxCredentials } from "../../lib/sandbox/provision";

export async function learnerWithSandbox(browser: Browser, baseURL: string): Promise<{ page: Page; sandbox: SandboxCredentials }> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseURL}/sandboxes`);
  await page.getByRole("button", { name: "Start a new sandbox" }).click();
  await expect(page.getByRole("heading", { name: /^Sandbox \d{6}$/ })).toBeVisible();
  await expect(page.getByText("1 of 3 sandboxes")).toBeVisible();
  const listing = (await (await page.request.get(`${baseURL}/api/sandboxes`)).json()) as { sandboxes: SandboxCredentials[] };
  return { page, sandbox: listing.sandboxes[0] };
}
