// Journey: admin creates a user group, adds alice, attaches a policy found by search, sees the
// counts in the list, removes alice and the policy, then deletes the group with typed confirmation.
// Breaks silently if group names stop being unique case-insensitively, memberships stop showing on
// both sides, or the console delete stops cascading.
import { expect, test } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

test("admin creates a group, adds alice, attaches a policy, removes both, deletes the group", async ({ page }) => {
  const groupName = `E2eGroup-${Date.now().toString(36)}`;
  const arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

  await test.step("create the group; a duplicate name in other letter case is refused", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/groups");
    await expect(page.getByRole("heading", { name: /User groups \(1\)/ })).toBeVisible();
    await page.getByRole("link", { name: "Create group" }).click();
    await page.getByLabel("User group name").fill("DEVELOPERS");
    await page.getByRole("button", { name: "Create user group" }).click();
    await expect(page.getByText("Group with name DEVELOPERS already exists.")).toBeVisible();
    await page.getByLabel("User group name").fill(groupName);
    await page.getByRole("button", { name: "Create user group" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${groupName} user group created.` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(groupName) })).toContainText("Not defined");
  });

  await test.step("add alice on the group page", async () => {
    await page.getByRole("link", { name: groupName }).click();
    await expect(page.getByRole("heading", { name: /Users in this group \(0\)/ })).toBeVisible();
    await page.getByRole("button", { name: "Add users" }).click();
    const dialog = page.getByRole("dialog", { name: `Add users to ${groupName}` });
    await dialog.getByRole("checkbox", { name: "Select alice" }).check();
    await dialog.getByRole("button", { name: "Add users" }).click();
    await expect(page.getByRole("heading", { name: /Users in this group \(1\)/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Users in this group" })).toContainText("alice");
  });

  await test.step("attach a policy found by search", async () => {
    await page.getByRole("tab", { name: "Permissions" }).click();
    await page.getByRole("link", { name: "Attach policies" }).click();
    await page.getByLabel("Search policies").fill("AmazonS3ReadOnly");
    await page.getByRole("checkbox", { name: `Select ${arn}` }).check();
    await page.getByRole("button", { name: "Attach policies" }).click();
    await expect(page.getByRole("status").filter({ hasText: `1 policy attached to group ${groupName}.` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Permissions policies" })).toContainText("AmazonS3ReadOnlyAccess");
  });

  await test.step("alice's page shows the membership; the list shows the counts", async () => {
    await page.goto("/iam/users/alice?section=groups");
    await expect(page.getByRole("table", { name: "User groups membership" })).toContainText(groupName);
    await page.goto("/iam/groups");
    const row = page.getByRole("row", { name: new RegExp(groupName) });
    await expect(row).toContainText("Defined");
    await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  });

  await test.step("remove alice and the policy", async () => {
    await page.getByRole("link", { name: groupName }).click();
    await page.getByRole("checkbox", { name: "Select alice" }).check();
    await page.getByRole("button", { name: "Remove users" }).click();
    await expect(page.getByRole("heading", { name: /Users in this group \(0\)/ })).toBeVisible();
    await page.getByRole("tab", { name: "Permissions" }).click();
    await page.getByRole("checkbox", { name: `Select ${arn}` }).check();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByRole("dialog", { name: "Remove AmazonS3ReadOnlyAccess?" }).getByRole("button", { name: "Remove policy" }).click();
    await expect(page.getByRole("heading", { name: /Permissions policies \(0\)/ })).toBeVisible();
  });

  await test.step("delete the group with its name typed", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${groupName}?` });
    await expect(dialog.getByRole("button", { name: "Delete", exact: true })).toBeDisabled();
    await dialog.getByLabel(/To confirm deletion/).fill(groupName);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/iam\/groups$/);
    await expect(page.getByRole("status").filter({ hasText: `User group ${groupName} deleted.` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(groupName) })).toHaveCount(0);
  });
});
