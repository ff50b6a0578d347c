// Creating an IAM user through the console's Users page, as the signed-in administrator.
import { expect, type Page } from "@playwright/test";

export async function createUserInConsole(page: Page, userName: string, password?: string) {
  await page.goto("/iam/users");
  await page.getByRole("button", { name: "Create user" }).click();
  const dialog = page.getByRole("dialog", { name: "Create user" });
  await dialog.getByLabel("User name").fill(userName);
  if (password) await dialog.getByLabel("Console password").fill(password);
  else await dialog.getByRole("checkbox", { name: /Provide user access/ }).uncheck();
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `User ${userName} created.` })).toBeVisible();
}
