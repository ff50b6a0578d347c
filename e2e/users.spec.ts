// Journey: admin creates a user with a console password; the user appears with its ARN and its own
// page; the new user can sign in; admin deletes it with typed confirmation. Breaks silently if the
// password stops being saved with the user, the detail page stops resolving names, or delete
// stops requiring the typed name.
import { CreateUserCommand, DeleteUserCommand } from "@aws-sdk/client-iam";
import { expect, test } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { createUserInConsole } from "./support/users";
import { SANDBOX, signInAsIamUser, signOut } from "./support/sign-in";

test("admin creates a console user, the user signs in, admin deletes it", async ({ page }) => {
  const userName = `e2e-user-${Date.now().toString(36)}`;
  const password = "E2e-Password-1!";

  await test.step("admin creates the user with a console password", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await createUserInConsole(page, userName, password);
  });

  await test.step("the user is listed with its ARN and has a detail page", async () => {
    const arn = `arn:aws:iam::${SANDBOX.identity}:user/${userName}`;
    await expect(page.getByRole("table", { name: "Users" }).getByRole("row", { name: new RegExp(userName) })).toContainText(arn);
    await page.getByRole("link", { name: userName }).click();
    await expect(page.getByRole("heading", { level: 1, name: userName })).toBeVisible();
    await expect(page.getByTestId("user-arn")).toHaveText(arn);
    await expect(page.getByText("Enabled without MFA")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Users");
  });

  await test.step("the new user signs in with the password", async () => {
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identity, userName, password);
    await signOut(page);
  });

  await test.step("admin deletes the user; Delete waits for the typed name", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/users/${userName}`);
    await expect(page.getByText("Last console sign-in")).toBeVisible();
    await expect(page.getByText("Never")).toHaveCount(0);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${userName}?` });
    const confirm = dialog.getByRole("button", { name: "Delete", exact: true });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/To confirm deletion/).fill(userName.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/To confirm deletion/).fill(userName);
    await confirm.click();
    await expect(page).toHaveURL(/\/iam\/users$/);
    await expect(page.getByRole("status").filter({ hasText: `User ${userName} deleted.` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Users" }).getByRole("row", { name: new RegExp(userName) })).toHaveCount(0);
  });
});

// Journey: admin finds AmazonRDSReadOnlyAccess through the picker's server-side search (it is not
// on the first page of the ~1,600-policy catalog), attaches it to a user, then removes it. Breaks
// silently if the search stops reaching the whole catalog or Remove stops detaching.
// The user is its own: the seed's alice carries inline policies other journeys (CLI) gave her.
test("admin attaches AmazonRDSReadOnlyAccess to a user via the picker search, then removes it", async ({ page, baseURL }) => {
  const admin = iamClient(baseURL!, ADMIN_KEYS.identity);
  const user = `picker-user-${Date.now().toString(36)}`;
  await admin.send(new CreateUserCommand({ UserName: user }));
  await test.step("open the user's permissions", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/users/${user}`);
    await expect(page.getByRole("heading", { name: /Permissions policies \(0\)/ })).toBeVisible();
  });

  await test.step("search the catalog and attach the policy", async () => {
    await page.getByRole("link", { name: "Add permissions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Add permissions to ${user}` })).toBeVisible();
    const table = page.getByRole("table", { name: "Permissions policies" });
    await expect(table.getByRole("row")).toHaveCount(11); // header + a first page of 10
    await expect(table.getByRole("row", { name: /AmazonRDSReadOnlyAccess/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page.getByRole("button", { name: "Page 2 of all pages" })).toHaveAttribute("aria-current", "true");
    await page.getByLabel("Search policies").fill("rdsreadonly");
    await expect(page.getByRole("button", { name: "Page 1 of all pages" })).toHaveAttribute("aria-current", "true");
    await table.getByRole("checkbox", { name: "Select arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess" }).check();
    await page.getByRole("button", { name: "Add permissions" }).click();
    await expect(page).toHaveURL(new RegExp(`/iam/users/${user}$`));
    await expect(page.getByRole("status").filter({ hasText: `1 policy added to user ${user}.` })).toBeVisible();
    const row = page.getByRole("table", { name: "Permissions policies" }).getByRole("row", { name: /AmazonRDSReadOnlyAccess/ });
    await expect(row).toContainText("AWS managed");
    await expect(page.getByRole("heading", { name: /Permissions policies \(1\)/ })).toBeVisible();
  });

  await test.step("remove it", async () => {
    await page.getByRole("checkbox", { name: "Select arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess" }).check();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByRole("dialog", { name: "Remove AmazonRDSReadOnlyAccess?" }).getByRole("button", { name: "Remove policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Policy AmazonRDSReadOnlyAccess removed." })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Permissions policies \(0\)/ })).toBeVisible();
  });
  await admin.send(new DeleteUserCommand({ UserName: user }));
});
