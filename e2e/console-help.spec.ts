// Journey (#16): the console's help panel and top search, by keyboard. Info opens Cloudscape's tools
// drawer on the page's help with focus inside; Escape closes it and focus returns to the Info link.
// Alt+S focuses the search box from anywhere; typing a role's name lists it, Enter opens the role;
// searching a page name ("Access graph") and choosing it navigates there.
import { expect, test } from "@playwright/test";
import { CreateRoleCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ROLE = `HelpSearch-${Date.now().toString(36)}`;

test.beforeAll(async ({ baseURL }) => {
  await iamClient(baseURL!, ADMIN_KEYS.identity).send(
    new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ Service: "ec2.amazonaws.com" }) }),
  );
});

test.beforeEach(async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
});

test("Info opens the page's help in the tools drawer; Escape closes it and focus returns", async ({ page }) => {
  await page.goto("/iam/roles");
  const info = page.getByRole("heading", { level: 1 }).getByRole("button", { name: /^Info/ });
  await info.click();
  const panel = page.getByRole("complementary", { name: "Roles" });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/has no long-term credentials/)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Close help panel" })).toBeFocused();
  // An AWS page is marked as external; a local topic opens in place.
  await expect(panel.getByRole("link", { name: "IAM roles (opens in a new tab)" })).toHaveAttribute("target", "_blank");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(info).toBeFocused();
  await expect(info).toHaveAttribute("aria-expanded", "false");
});

test("Alt+S focuses the search; a role's name lists it and Enter opens it; a page name navigates", async ({ page }) => {
  await page.goto("/iam");
  await page.keyboard.press("Alt+KeyS");
  const search = page.getByRole("combobox", { name: "Search" });
  await expect(search).toBeFocused();
  await search.fill(ROLE);
  const results = page.getByRole("listbox", { name: "Search results" });
  await expect(results.getByRole("group", { name: "Resources" }).getByRole("option", { name: new RegExp(ROLE) })).toBeVisible();
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/iam/roles/${ROLE}$`));
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(ROLE) })).toBeVisible();

  await page.keyboard.press("Alt+KeyS");
  await expect(search).toBeFocused();
  await search.fill("Access graph");
  const option = results.getByRole("group", { name: "Features" }).getByRole("option", { name: /Access graph/ });
  await expect(option).toBeVisible();
  await search.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/iam\/access-graph$/);
  await expect(page.getByRole("heading", { level: 1, name: /Access graph/ })).toBeVisible();
});
