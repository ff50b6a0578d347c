// Journey: IAM › Account settings › Account color. An administrator (uxc:UpdateAccountCustomizations)
// sets the colour; the navigation bar shows it to everyone signed in to the account, also to alice
// who may not read or change it (her container shows the access-denied alert); a switched-to role
// keeps its own colour on the account menu beside the account's. Breaks if the colour is per user,
// bypasses authorize(), or replaces the switch-role colour.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
import { expect, test, type Page } from "@playwright/test";
import { CreateRoleCommand, DeleteRoleCommand, type IAMClient } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, accountMenu, signInAsIamUser, signOut } from "./support/sign-in";

const ROLE = `e2e-color-${Date.now().toString(36)}`;
const container = (page: Page) => page.locator("section").filter({ has: page.getByRole("heading", { name: "Account color", level: 2 }) });
const swatch = (page: Page, label: string) => page.getByRole("banner").getByRole("img", { name: `Account color: ${label}` });

let iam: IAMClient;
test.beforeAll(async ({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:user/admin` }) }));
});
// Journeys share one server: other journeys' screenshots expect no account colour.
test.afterAll(async ({ browser, baseURL }) => {
  await iam.send(new DeleteRoleCommand({ RoleName: ROLE })).catch(() => undefined);
  const page = await browser.newPage({ baseURL });
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const reset = await page.request.patch("/api/console/account/color", {
    headers: { "content-type": "application/json", origin: baseURL! },
    data: JSON.stringify({ accountColor: "none" }),
  });
  expect(reset.status()).toBe(200);
  await page.goto("/iam");
  await expect(page.getByRole("banner").getByRole("img", { name: /Account color/ })).toHaveCount(0);
  await page.close();
});

async function setColor(page: Page, label: string) {
  await page.goto("/iam/account-settings");
  await container(page).getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit account color" });
  await dialog.getByRole("radio", { name: label }).check();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(container(page).getByTestId("account-color")).toContainText(label);
}

test("admin sets the account colour; everyone in the account sees it beside the switch-role colour", async ({ page, baseURL }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await setColor(page, "Red");
  await expect(swatch(page, "Red")).toBeVisible();
  await accountMenu(page).click();
  await expect(page.getByRole("menu")).toContainText("Account color: Red");
  await page.keyboard.press("Escape");

  await test.step("a switched-to role keeps its colour on the menu, the account colour stays beside it", async () => {
    const switched = await page.request.post("/api/console/switch-role", {
      headers: { "content-type": "application/json", origin: baseURL! },
      data: JSON.stringify({ account: SANDBOX.identity, roleName: ROLE, color: "83d4e8" }),
    });
    expect(switched.status(), await switched.text()).toBe(200);
    await page.goto("/iam");
    await expect(accountMenu(page)).toHaveAttribute("data-role-color", "83d4e8");
    await expect(swatch(page, "Red")).toBeVisible();
    await accountMenu(page).click();
    await page.getByRole("menuitem", { name: "Switch back" }).click();
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
  });

  await test.step("alice (no policies) sees the colour in the bar but may not read or change it", async () => {
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await expect(swatch(page, "Red")).toBeVisible();
    await page.goto("/iam/account-settings");
    await expect(container(page).getByText("Access denied to uxc:GetAccountCustomizations")).toBeVisible();
    await expect(container(page).getByRole("button", { name: "Edit" })).toHaveCount(0);
  });
});
