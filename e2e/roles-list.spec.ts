// Journey through IAM > Roles: server-side search with "N matches", the "(k/N)" counter, gear
// preferences that survive a reload, server-side column sorting (aria-sort), the 800 px layout
// (navigation collapsed to its toggle, the table scrolling in its box), and delete with the typed
// confirmation (one role by name, several by "delete"). What would silently break: search filtering
// only the loaded page, sorting only the loaded page, preferences forgotten on reload, Delete
// enabled before the confirmation matches, or a deleted role still listed.
import { expect, test, type Page } from "@playwright/test";
import { consoleFetch } from "./support/console-api";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const prefix = `ListJourney${Date.now()}`;
const names = ["Alpha", "Bravo", "Charlie"].map((n) => `${prefix}-${n}`);
const trust = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole"], Principal: { Service: ["lambda.amazonaws.com"] } }],
});

const table = (page: Page) => page.getByRole("table", { name: "Roles" });

test("search, preferences and typed-confirmation delete", async ({ page, baseURL }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);

  await test.step("seed three roles through the console API", async () => {
    for (const roleName of names) {
      const res = await consoleFetch(page.request, baseURL, { method: "POST", path: "/api/console/roles", body: { roleName, assumeRolePolicyDocument: trust } });
      expect(res.ok(), await res.text()).toBe(true);
    }
  });

  await test.step("search filters server-side and counts matches", async () => {
    await page.goto("/iam/roles");
    await expect(page.getByRole("heading", { name: /^Roles \(\d+\)/ })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search roles" }).fill(prefix);
    await expect(page.getByText("3 matches")).toBeVisible();
    await expect(table(page).getByRole("link")).toHaveCount(3);
    await expect(table(page).getByRole("row").filter({ hasText: names[0] })).toContainText("AWS Service: lambda");
    await page.getByRole("searchbox", { name: "Search roles" }).fill(`${prefix}-Bra`);
    await expect(page.getByText("1 match")).toBeVisible();
    await expect(table(page).getByRole("link", { name: names[1] })).toBeVisible();
  });

  await test.step("preferences: 20 per page and the ARN column, remembered after reload", async () => {
    await expect(table(page).getByRole("columnheader", { name: "ARN" })).toHaveCount(0);
    await page.getByRole("button", { name: "Preferences" }).click();
    const dialog = page.getByRole("dialog", { name: "Preferences" });
    await dialog.getByRole("radio", { name: "20 resources" }).check();
    await dialog.getByRole("checkbox", { name: "ARN" }).check();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(table(page).getByRole("columnheader", { name: "ARN" })).toBeVisible();
    await page.reload();
    await expect(table(page).getByRole("columnheader", { name: "ARN" })).toBeVisible();
    await page.getByRole("button", { name: "Preferences" }).click();
    await expect(page.getByRole("dialog", { name: "Preferences" }).getByRole("radio", { name: "20 resources" })).toBeChecked();
    await page.getByRole("dialog", { name: "Preferences" }).getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("sort: Role name ascending at first, a header click sorts descending on the server", async () => {
    await page.getByRole("searchbox", { name: "Search roles" }).fill(prefix);
    await expect(page.getByText("3 matches")).toBeVisible();
    const nameHeader = table(page).getByRole("columnheader", { name: "Role name" });
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(table(page).getByRole("columnheader", { name: "ARN" })).toHaveAttribute("aria-sort", "none");
    await expect(table(page).getByRole("columnheader", { name: "Trusted entities" })).not.toHaveAttribute("aria-sort");
    await expect(table(page).getByRole("link")).toHaveText(names);
    const sorted = page.waitForResponse((r) => new URL(r.url()).searchParams.get("order") === "desc");
    await nameHeader.getByRole("button").click();
    expect(new URL((await sorted).url()).searchParams.get("sort")).toBe("RoleName");
    await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    await expect(table(page).getByRole("link")).toHaveText([...names].reverse());
    await nameHeader.getByRole("button").click();
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await expect(table(page).getByRole("link")).toHaveText(names);
  });

  await test.step("at 800 px: the navigation collapses to its toggle and the table scrolls inside its box", async () => {
    await page.setViewportSize({ width: 800, height: 720 });
    const open = page.getByRole("button", { name: "Open navigation" });
    await expect(open).toBeVisible();
    await expect(open).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "IAM" })).toBeHidden();
    // The last column (ARN, from the preferences) is reachable by scrolling, never cut off, and the
    // page itself does not scroll sideways.
    const last = table(page).getByRole("columnheader").last();
    await expect(last).toHaveAccessibleName("ARN");
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await open.click();
    await expect(page.getByRole("navigation", { name: "IAM" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Close navigation" })).toBeFocused();
    await page.getByRole("button", { name: "Close navigation" }).click();
    await expect(page.getByRole("navigation", { name: "IAM" })).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByRole("navigation", { name: "IAM" })).toBeVisible();
  });

  await test.step("delete one role: Delete enabled only once the name is typed", async () => {
    await page.getByRole("searchbox", { name: "Search roles" }).fill(prefix);
    await expect(page.getByText("3 matches")).toBeVisible();
    const deleteButton = page.getByRole("button", { name: "Delete", exact: true });
    await expect(deleteButton).toBeDisabled();
    await table(page).getByRole("checkbox", { name: `Select ${names[0]}` }).check();
    await expect(page.getByRole("heading", { name: /^Roles \(1\/\d+\)/ })).toBeVisible();
    await deleteButton.click();
    const dialog = page.getByRole("dialog", { name: `Delete ${names[0]}?` });
    await expect(dialog).toContainText("Permanently delete this role? Its attached and inline policies");
    await expect(dialog.getByRole("note")).toHaveCount(0);
    await expect(dialog.getByRole("table", { name: "Roles to delete" })).toContainText(names[0]);
    const confirm = dialog.getByLabel("To confirm deletion, enter the role name in the text input field.");
    const submit = dialog.getByRole("button", { name: "Delete", exact: true });
    // Focus: into the confirmation field on open, back to the opening button on close.
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(deleteButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(confirm).toBeFocused();
    await expect(submit).toBeDisabled();
    await confirm.fill(names[0].toLowerCase());
    await expect(submit).toBeDisabled();
    await confirm.fill(names[0]);
    await submit.click();
    await expect(page.getByText(`Role ${names[0]} deleted.`)).toBeVisible();
    await expect(page.getByText("2 matches")).toBeVisible();
    await expect(table(page).getByRole("link", { name: names[0] })).toHaveCount(0);
  });

  await test.step("delete two roles by typing delete", async () => {
    await table(page).getByRole("checkbox", { name: `Select ${names[1]}` }).check();
    await table(page).getByRole("checkbox", { name: `Select ${names[2]}` }).check();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Delete 2 roles?" });
    const submit = dialog.getByRole("button", { name: "Delete", exact: true });
    await dialog.getByLabel('To confirm deletion, enter "delete" in the text input field.').fill("delete");
    await submit.click();
    await expect(page.getByText("2 roles deleted.")).toBeVisible();
    await expect(table(page).getByRole("link")).toHaveCount(0);
    await expect(page.getByText("0 matches")).toBeVisible();
  });
});

// A service-linked use case in the wizard creates the AWS-named role; deleting it from the list
// starts the asynchronous deletion task, whose status the notification follows to the end.
test("service-linked role: created from its use case, deleted through the deletion task", async ({ page }) => {
  const slr = "AWSServiceRoleForEC2Spot";
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);

  await test.step("EC2 - Spot Instances creates AWSServiceRoleForEC2Spot", async () => {
    await page.goto("/iam/roles/create");
    const service = page.getByRole("combobox", { name: "Service or use case" });
    await service.fill("EC2");
    await page.getByRole("option", { name: "EC2", exact: true }).click();
    await expect(service).toHaveValue("EC2");
    await page.getByRole("radio", { name: /^EC2 - Spot Instances/ }).check();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByText(/creates a service-linked role/)).toBeVisible();
    // The policy named is the service-linked-role catalog's for spot.amazonaws.com.
    await expect(page.getByText(/creates a service-linked role/)).toContainText("AWSEC2SpotServiceRolePolicy");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(page.getByLabel("Role name")).toHaveValue(slr);
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page.getByText(`Role ${slr} created.`)).toBeVisible();
  });

  await test.step("the list marks it and its deletion runs as a task", async () => {
    await page.getByRole("searchbox", { name: "Search roles" }).fill(slr);
    const row = table(page).getByRole("row").filter({ hasText: slr });
    await expect(row).toContainText("AWS Service: spot (Service-Linked Role)");
    await table(page).getByRole("checkbox", { name: `Select ${slr}` }).check();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${slr}?` });
    await expect(dialog.getByRole("note")).toContainText(`${slr} is a service-linked role.`);
    await dialog.getByLabel("To confirm deletion, enter the role name in the text input field.").fill(slr);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByText(`Deletion of ${slr} started.`)).toBeVisible();
    await expect(page.getByText(`Role ${slr} deleted.`)).toBeVisible({ timeout: 30_000 });
    await expect(table(page).getByRole("link", { name: slr })).toHaveCount(0);
  });
});
