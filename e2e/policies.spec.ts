// Journey: IAM > Policies. Filters and search run on the server over the whole ~1,600-policy catalog;
// a customer managed policy is created in the JSON editor (invalid JSON blocks Next), found under
// Customer managed, attached to and detached from a user, edited into v2 (default), rolled back with Set as default, a version deleted,
// and the policy deleted with typed confirmation.
// Silently breaks if: the Type filter or search stops reaching the server (only one page filtered),
// ARNs are mangled in URLs (detail 404s), Save changes stops setting the new version as default, or
// the editor's validity stops gating Next.
import { expect, test, type Page } from "@playwright/test";
import { switchToJsonEditor } from "./support/policy-editor";
import { consoleFetch } from "./support/console-api";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

async function replaceEditorText(page: Page, text: string) {
  await switchToJsonEditor(page);
  await page.locator("[data-testid=policy-editor] .monaco-editor").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

const doc = (actions: string[]) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] }, null, 2);

test("policies list, create, edit versions and delete", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `JourneyPolicy${Date.now()}`;
  const table = () => page.getByRole("table", { name: "Policies" });

  await test.step("sign in and open the Policies list", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/policies");
    await expect(page.getByRole("heading", { level: 1, name: /Policies \(\d{4,}\)/ })).toBeVisible();
    await expect(table().getByRole("row")).toHaveCount(26);
  });

  await test.step("Filter by Type: AWS managed - job function shows AdministratorAccess", async () => {
    await page.getByLabel("Filter by Type").selectOption({ label: "AWS managed - job function" });
    await expect(table().getByRole("link", { name: "AdministratorAccess", exact: true })).toBeVisible();
    await expect(table().getByRole("cell", { name: "AWS managed - job function" }).first()).toBeVisible();
    await expect(page.getByText(/^\d+ matches$/)).toBeVisible();
  });

  await test.step("search RDS narrows the list", async () => {
    await page.getByLabel("Filter by Type").selectOption({ label: "All types" });
    await page.getByLabel("Search policies").fill("RDS");
    await expect(page.getByText(/^\d+ matches$/)).toBeVisible();
    await expect(table().getByRole("link", { name: "AmazonRDSFullAccess", exact: true })).toBeVisible();
    const names = await table().getByRole("link").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.toLowerCase()).toContain("rds");
    await page.getByLabel("Search policies").fill("");
  });

  await test.step("create a policy: invalid JSON blocks Next", async () => {
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page).toHaveURL(/\/iam\/policies\/create$/);
    await replaceEditorText(page, '{"Version": "2012-10-17", "Statement": [');
    await expect(page.getByText(/Json syntax error|MalformedPolicyDocument/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
    await replaceEditorText(page, doc(["s3:ListAllMyBuckets"]));
    await expect(page.getByRole("button", { name: "Next" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
    await expect(page.getByText(/^Allow \(1 of \d{3} services\)$/)).toBeVisible();
    const summary = page.getByRole("table", { name: "Allow permissions" }).getByRole("row").filter({ has: page.getByRole("cell", { name: "s3", exact: true }) });
    await expect(summary.getByRole("cell", { name: "Limited: List" })).toBeVisible();
    await expect(summary.getByRole("cell", { name: "All resources" })).toBeVisible();
    await page.getByLabel("Policy name").fill("bad name!");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByText("Use alphanumeric and '+=,.@-_' characters.").first()).toBeVisible();
    await page.getByLabel("Policy name").fill(name);
    await page.getByLabel("Description - optional").fill("Created by the policies journey");
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByText(`Policy ${name} created.`)).toBeVisible();
    await expect(page).toHaveURL(/\/iam\/policies$/);
  });

  await test.step("it is listed under Customer managed", async () => {
    await page.getByLabel("Filter by Type").selectOption({ label: "Customer managed" });
    await page.getByLabel("Search policies").fill(name);
    const row = table().getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row.getByRole("cell", { name: "Customer managed" })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Not used" })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Created by the policies journey" })).toBeVisible();
    await row.getByRole("link", { name }).click();
  });

  await test.step("the detail page shows the summary and the default version's JSON", async () => {
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("policy-arn")).toHaveText(`arn:aws:iam::${SANDBOX.identity}:policy/${name}`);
    await expect(page.getByLabel("Policy document")).toContainText("s3:ListAllMyBuckets");
    await page.getByRole("tab", { name: "Entities attached" }).click();
    await expect(page.getByText("This policy is not attached to any entities.")).toBeVisible();
  });

  await test.step("Entities attached: attach to alice, then detach", async () => {
    await page.getByRole("tabpanel").getByRole("button", { name: "Attach", exact: true }).click();
    const attach = page.getByRole("dialog", { name: `Attach ${name}` });
    await attach.getByLabel("Search entities").fill("alice");
    await attach.getByRole("checkbox", { name: "Select User:alice" }).check();
    await attach.getByRole("button", { name: "Attach policy" }).click();
    await expect(page.getByText(`Policy ${name} attached to alice.`)).toBeVisible();
    const entities = page.getByRole("table", { name: "Entities attached" });
    await expect(entities.getByRole("link", { name: "alice" })).toBeVisible();

    await page.getByRole("tabpanel").getByRole("button", { name: "Detach", exact: true }).click();
    const detach = page.getByRole("dialog", { name: `Detach ${name}` });
    await detach.getByRole("checkbox", { name: "Select User:alice" }).check();
    await detach.getByRole("button", { name: "Detach policy" }).click();
    await expect(page.getByText(`Policy ${name} detached from alice.`)).toBeVisible();
    await expect(page.getByText("This policy is not attached to any entities.")).toBeVisible();
  });

  await test.step("edit: Save changes creates v2 as the default", async () => {
    await page.getByRole("tab", { name: "Permissions" }).click();
    await page.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: `Modify permissions in ${name}` })).toBeVisible();
    await replaceEditorText(page, doc(["s3:ListAllMyBuckets", "s3:GetBucketLocation"]));
    await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(`Policy ${name} updated. Version v2 is now the default version.`)).toBeVisible();
    await expect(page.getByLabel("Policy document")).toContainText("s3:GetBucketLocation");
  });

  await test.step("Policy versions: set v1 as default, then delete v2", async () => {
    await page.getByRole("tab", { name: "Policy versions" }).click();
    const versions = page.getByRole("table", { name: "Policy versions" });
    await expect(versions.getByRole("cell", { name: "v2 (Default)" })).toBeVisible();
    await versions.getByRole("radio", { name: "Select v1" }).check();
    await expect(page.getByLabel("Policy document v1")).toContainText("s3:ListAllMyBuckets");
    await page.getByRole("button", { name: "Set as default" }).click();
    await expect(versions.getByRole("cell", { name: "v1 (Default)" })).toBeVisible();
    await versions.getByRole("radio", { name: "Select v2" }).check();
    await page.getByRole("tabpanel").getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("Version v2 deleted.")).toBeVisible();
    await expect(versions.getByRole("row")).toHaveCount(2);
  });

  await test.step("delete the policy with typed confirmation", async () => {
    await page.getByRole("button", { name: "Delete" }).first().click();
    const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
    await expect(dialog.getByRole("button", { name: "Delete" })).toBeDisabled();
    await dialog.getByLabel("To confirm deletion, enter the policy name in the text input field.").fill(name);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText(`Policy ${name} deleted.`)).toBeVisible();
    await expect(page).toHaveURL(/\/iam\/policies$/);
  });
});

test("a policy still attached cannot be deleted until detached; AWS managed ones offer no Delete", async ({ page, baseURL }) => {
  const name = `AttachedPolicy${Date.now()}`;
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await test.step("create a customer managed policy and attach it to alice through the API", async () => {
    const created = await consoleFetch(page.request, baseURL, { method: "POST", path: "/api/console/policies", body: { policyName: name, policyDocument: doc(["s3:ListAllMyBuckets"]) } });
    expect(created.ok()).toBe(true);
    const arn = `arn:aws:iam::${SANDBOX.identity}:policy/${name}`;
    expect((await consoleFetch(page.request, baseURL, { method: "POST", path: "/api/console/users/alice/policies", body: { policyArns: [arn] } })).ok()).toBe(true);
  });

  await test.step("Delete surfaces IAM's DeleteConflict message", async () => {
    await page.goto("/iam/policies");
    await page.getByLabel("Search policies").fill(name);
    const row = page.getByRole("table", { name: "Policies" }).getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row.getByRole("cell", { name: "Permissions policy (1)" })).toBeVisible();
    await row.getByRole("radio").check();
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByLabel("To confirm deletion, enter the policy name in the text input field.").fill(name);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Cannot delete a policy attached to entities.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("Actions ▾ Detach frees it, and then it can be deleted", async () => {
    await page.getByRole("button", { name: "Actions" }).click();
    await page.getByRole("menuitem", { name: "Detach" }).click();
    const detach = page.getByRole("dialog", { name: `Detach ${name}` });
    await detach.getByRole("checkbox", { name: "Select User:alice" }).check();
    await detach.getByRole("button", { name: "Detach policy" }).click();
    await expect(page.getByText(`Policy ${name} detached from alice.`)).toBeVisible();
    const row = page.getByRole("table", { name: "Policies" }).getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row.getByRole("cell", { name: "Not used" })).toBeVisible();
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
    await dialog.getByLabel("To confirm deletion, enter the policy name in the text input field.").fill(name);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText(`Policy ${name} deleted.`)).toBeVisible();
  });

  await test.step("AWS managed policies cannot be deleted: Delete stays disabled", async () => {
    await page.getByLabel("Search policies").fill("AdministratorAccess");
    const row = page.getByRole("table", { name: "Policies" }).getByRole("row").filter({ has: page.getByRole("link", { name: "AdministratorAccess", exact: true }) });
    await expect(row.getByRole("cell", { name: /Permissions policy \(\d+\)/ })).toBeVisible();
    await row.getByRole("radio").check();
    await expect(page.getByRole("button", { name: "Delete" })).toBeDisabled();
  });
});
