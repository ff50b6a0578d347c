// Journey: admin creates an access key for alice; the secret is shown once and a reload no longer
// shows it; the key is deactivated, then deleted with the key id typed. Breaks silently if the
// list endpoint starts returning secrets, or an active key becomes deletable.
import { expect, test } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

test("admin creates, deactivates and deletes an access key for alice", async ({ page }) => {
  let keyId = "";
  let secret = "";

  await test.step("open alice's security credentials", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/users/alice");
    await page.getByRole("tab", { name: "Security credentials" }).click();
    await expect(page.getByRole("heading", { name: /Access keys \(0\)/ })).toBeVisible();
  });

  await test.step("create a key: the secret is shown once", async () => {
    await page.getByRole("button", { name: "Create access key" }).click();
    const dialog = page.getByRole("dialog", { name: "Create access key" });
    await dialog.getByRole("button", { name: "Create access key" }).click();
    const retrieve = page.getByRole("dialog", { name: "Retrieve access keys" });
    keyId = (await retrieve.getByTestId("new-access-key-id").textContent()) ?? "";
    expect(keyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    await expect(retrieve.getByLabel("Secret access key", { exact: true })).toHaveText(/^\*{40}$/);
    await retrieve.getByRole("button", { name: "Show" }).click();
    secret = (await retrieve.getByLabel("Secret access key", { exact: true }).textContent()) ?? "";
    expect(secret).toHaveLength(40);
    await retrieve.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("row", { name: new RegExp(keyId) })).toContainText("Active");
  });

  await test.step("after a reload the key is listed but its secret is gone for good", async () => {
    await page.reload();
    await page.getByRole("tab", { name: "Security credentials" }).click();
    await expect(page.getByRole("row", { name: new RegExp(keyId) })).toBeVisible();
    await expect(page.getByText(`${keyId} - Active`)).toBeVisible();
    expect(await page.content()).not.toContain(secret);
  });

  await test.step("an active key can't be deleted; deactivate it", async () => {
    const row = page.getByRole("row", { name: new RegExp(keyId) });
    await row.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${keyId}?` });
    await expect(dialog.getByRole("button", { name: "Delete", exact: true })).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Inactive");
    await expect(row.getByRole("button", { name: "Activate" })).toBeVisible();
  });

  await test.step("delete the inactive key with its id typed", async () => {
    await page.getByRole("row", { name: new RegExp(keyId) }).getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${keyId}?` });
    await dialog.getByLabel(/enter the access key ID/).fill(keyId);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Access key ${keyId} deleted.` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(keyId) })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Access keys \(0\)/ })).toBeVisible();
  });
});

// alice has no policies: her own user page must show AWS's access-denied alert, not an empty page.
test("alice without policies sees the access-denied alert on her user page", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await page.goto("/iam/users/alice");
  await expect(page.getByRole("heading", { name: "Access denied to iam:GetUser" })).toBeVisible();
  await expect(page.getByTestId("access-denied-details")).toContainText(`On resource(s): arn:aws:iam::${SANDBOX.identity}:user/alice`);
  await expect(page.getByRole("tab", { name: "Security credentials" })).toHaveCount(0);
});
