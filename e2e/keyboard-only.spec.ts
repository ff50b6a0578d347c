// A keyboard-only journey (issue #16 "Proof"): through the Create role wizard and two dialogs on the
// role page, asserting where focus lands. What would silently break: focus left on <body> or on a
// button that vanished when a wizard step changes (Cloudscape moves it to the new step's heading),
// a dialog that opens without taking focus, the delete dialog not focusing its confirmation input,
// and a closed dialog dropping focus to <body> instead of returning it to the control that opened it.
// Only the sign-in and the page loads use the mouse/URL; every step inside the journey is a key press.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

// A step's heading may carry an Info link, so its name only starts with the step's title.
const stepHeading = (page: Page, title: string) => page.getByRole("heading", { level: 1, name: new RegExp(`^${title}`) });

test("keyboard only: the Create role wizard, then the Edit and Delete dialogs of the new role", async ({ page }) => {
  const roleName = `KeyboardRole-${Date.now().toString(36)}`;
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/iam/roles/create");
  const next = page.getByRole("button", { name: "Next", exact: true });

  await test.step("Step 1: the AWS account tile, chosen with the arrow keys", async () => {
    await expect(stepHeading(page, "Select trusted entity")).toBeVisible();
    await tabTo(page, page.getByRole("radio", { name: /^AWS service/ }));
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: /^AWS account/ })).toBeChecked();
    await tabTo(page, next);
    await page.keyboard.press("Enter");
  });

  await test.step("Next: focus goes to the Add permissions heading; Next again to the review heading", async () => {
    await expect(stepHeading(page, "Add permissions")).toBeFocused();
    await tabTo(page, next);
    await page.keyboard.press("Enter");
    await expect(stepHeading(page, "Name, review, and create")).toBeFocused();
  });

  await test.step("Previous returns focus to the Add permissions heading; the name typed is kept", async () => {
    await tabTo(page, page.getByLabel("Role name"));
    await page.keyboard.type(roleName);
    await tabTo(page, page.getByRole("button", { name: "Previous" }));
    await page.keyboard.press("Enter");
    await expect(stepHeading(page, "Add permissions")).toBeFocused();
    await tabTo(page, next);
    await page.keyboard.press("Enter");
    await expect(stepHeading(page, "Name, review, and create")).toBeFocused();
    await expect(page.getByLabel("Role name")).toHaveValue(roleName);
    await tabTo(page, page.getByRole("button", { name: "Create role" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();
  });

  await page.goto(`/iam/roles/${roleName}`);
  await expect(page.getByRole("heading", { level: 1, name: roleName })).toBeVisible();

  await test.step("Edit dialog: focus moves into it on open and back to Edit on Escape", async () => {
    const edit = page.getByRole("button", { name: "Edit", exact: true });
    await tabTo(page, edit);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Edit ${roleName}` });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(edit).toBeFocused();
  });

  await test.step("Delete dialog: focus in the confirmation input; Cancel returns it to Delete; typing the name deletes", async () => {
    const del = page.getByRole("button", { name: "Delete", exact: true });
    await tabTo(page, del, { back: true });
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Delete ${roleName}?` });
    const confirm = dialog.getByLabel("To confirm deletion, enter the role name in the text input field.");
    await expect(confirm).toBeFocused();
    await tabTo(page, dialog.getByRole("button", { name: "Cancel" }));
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(del).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(confirm).toBeFocused();
    await page.keyboard.type(roleName);
    await tabTo(page, dialog.getByRole("button", { name: "Delete", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/iam\/roles$/);
  });
});
