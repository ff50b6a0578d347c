// Sign-in steps shared by the journeys, through the real sign-in page.
import { expect, type Page } from "@playwright/test";

export const SANDBOX = {
  identity: "111111111111",
  identityAlias: "identity",
  workload: "222222222222",
  adminPassword: "Sandbox-Admin-1!",
  alicePassword: "Sandbox-Alice-1!",
  root: { email: "root@identity.example", password: "Sandbox-Root-1!" },
} as const;

export async function openSignIn(page: Page) {
  await page.goto("/signin");
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
}

export async function fillIamUser(page: Page, account: string, userName: string, password: string) {
  await openSignIn(page);
  await submitIamUser(page, account, userName, password);
}

/** Fills and submits the sign-in form already open on the page (e.g. under a callbackUrl). */
export async function submitIamUser(page: Page, account: string, userName: string, password: string) {
  await page.getByRole("radio", { name: /IAM user/ }).check();
  await page.getByLabel("Account ID (12 digits) or account alias").fill(account);
  await page.getByLabel("IAM user name").fill(userName);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The account menu once React has hydrated it: a click on the server-rendered button is lost. */
export function accountMenu(page: Page, name: string | RegExp = /Account menu/) {
  return page.getByRole("button", { name }).and(page.locator("[data-hydrated]"));
}

export async function signInAsIamUser(page: Page, account: string, userName: string, password: string) {
  await fillIamUser(page, account, userName, password);
  await expect(accountMenu(page, `Account menu: ${userName}`)).toBeVisible();
}

export async function signInAsRoot(page: Page, email: string, password: string) {
  await openSignIn(page);
  await page.getByRole("radio", { name: /Root user/ }).check();
  await page.getByLabel("Root user email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** The sign-in form's error (Next's route announcer is also role="alert", so scope to the form). */
export function signInError(page: Page) {
  return page.locator("form").getByRole("alert");
}
