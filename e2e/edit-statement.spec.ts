// Journey: a custom trust policy built with the "Edit statement" panel instead of typing JSON —
// add a statement, tick an STS action, add an account principal and an sts:ExternalId condition —
// then the role is created, its Trust relationships tab shows what the panel wrote, and it is
// deleted; and on a permission policy the panel's Add actions / Add a resource / Add a condition
// reach the review summary. What would silently break: panel edits not reaching the editor's text
// (or skipping validation, leaving Next blocked), the cursor no longer selecting the statement under
// it, or the panel writing a shape IAM stores differently from what the review step showed.
import { expect, test, type Page } from "@playwright/test";
import { switchToJsonEditor } from "./support/policy-editor";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const stamp = Date.now();
const ROLE = `EditStatement-${stamp}`;
const PRINCIPAL = "arn:aws:iam::222222222222:root";
const EXTERNAL_ID = `ext-${stamp}`;

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });
const panel = (page: Page) => page.getByRole("complementary", { name: "Edit statement" });

test("custom trust policy built with the Edit statement panel", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const editor = page.locator("[data-testid=policy-editor][data-ready]");

  await test.step("empty policy: the panel asks for a statement", async () => {
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
    await expect(editor).toBeVisible({ timeout: 30_000 });
    await editor.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": []}');
    await expect(panel(page)).toContainText("Select a statement");
    await expect(panel(page)).toContainText("Select an existing statement in the policy or add a new statement.");
  });

  await test.step("+ Add new statement selects the new AssumeRole statement", async () => {
    await panel(page).getByRole("button", { name: "+ Add new statement" }).click();
    await expect(panel(page).getByLabel("Selected statement")).toHaveText("Statement1");
    await expect(panel(page).getByRole("checkbox", { name: "AssumeRole", exact: true })).toBeChecked();
    await panel(page).getByRole("checkbox", { name: "TagSession" }).check();
    await expect(panel(page).getByRole("checkbox", { name: "TagSession" })).toBeChecked();
  });

  await test.step("Add a principal: a malformed account is refused, the account ARN is added", async () => {
    await panel(page).getByRole("button", { name: "Add a principal" }).click();
    const dialog = page.getByRole("dialog", { name: "Add principal" });
    await dialog.getByLabel("Principal type").selectOption({ label: "AWS accounts" });
    await dialog.getByLabel("ARN").fill("arn:aws:iam::2222:root");
    await dialog.getByRole("button", { name: "Add principal" }).click();
    await expect(dialog.getByText("Enter a value in the form arn:aws:iam::{AccountId}:root.")).toBeVisible();
    await dialog.getByLabel("ARN").fill(PRINCIPAL);
    await dialog.getByRole("button", { name: "Add principal" }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step("Add a condition: sts:ExternalId StringEquals", async () => {
    await panel(page).getByRole("button", { name: "Add a condition" }).click();
    const dialog = page.getByRole("dialog", { name: "Add condition" });
    await dialog.getByLabel("Condition key").fill("sts:ExternalId");
    await dialog.getByLabel("Qualifier").selectOption({ label: "Default" });
    await dialog.getByLabel("Operator").selectOption("StringEquals");
    await dialog.getByLabel("Value").fill(EXTERNAL_ID);
    await dialog.getByRole("button", { name: "Add condition" }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step("the edits went through validation: no errors, Next enabled", async () => {
    await expect(page.getByRole("tab", { name: "Errors: 0" })).toBeVisible({ timeout: 15_000 });
    await expect(next(page)).toBeEnabled({ timeout: 15_000 });
  });

  await test.step("the cursor selects: outside any statement clears, inside selects it again", async () => {
    await editor.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("Control+Home");
    await expect(panel(page)).toContainText("Select a statement");
    await editor.locator(".view-line").filter({ hasText: '"Effect"' }).click();
    await expect(panel(page).getByLabel("Selected statement")).toHaveText("Statement1");
    await expect(panel(page).getByRole("checkbox", { name: "TagSession" })).toBeChecked();
  });

  await test.step("review shows the document the panel wrote; create the role", async () => {
    await next(page).click();
    await expect(page.getByRole("heading", { name: /Permissions policies/ })).toBeVisible();
    await next(page).click();
    await expect(page.getByRole("heading", { name: "Name, review, and create" })).toBeVisible();
    expect(JSON.parse((await page.getByLabel("Trust policy").textContent()) ?? "")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Statement1",
          Effect: "Allow",
          Principal: { AWS: PRINCIPAL },
          Action: ["sts:AssumeRole", "sts:TagSession"],
          Condition: { StringEquals: { "sts:ExternalId": EXTERNAL_ID } },
        },
      ],
    });
    await page.getByLabel("Role name").fill(ROLE);
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page.getByText(`Role ${ROLE} created.`)).toBeVisible();
  });

  await test.step("Trust relationships shows the principal and the condition", async () => {
    await page.goto(`/iam/roles/${ROLE}`);
    await page.getByRole("tab", { name: "Trust relationships" }).click();
    await expect(page.getByTestId("trust-policy")).toContainText(EXTERNAL_ID);
    const trust = JSON.parse((await page.getByTestId("trust-policy").textContent()) ?? "");
    expect(trust.Statement[0].Principal).toEqual({ AWS: PRINCIPAL });
    expect(trust.Statement[0].Condition).toEqual({ StringEquals: { "sts:ExternalId": EXTERNAL_ID } });
  });

  await test.step("delete the role", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${ROLE}?` });
    await dialog.getByLabel("To confirm deletion, enter the role name in the text input field.").fill(ROLE);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Role ${ROLE} deleted.` })).toBeVisible();
  });
});

test("permission policy: Add actions, Add a resource and Add a condition from the panel", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const editor = page.locator("[data-testid=policy-editor][data-ready]");
  await page.goto("/iam/policies/create");
  await switchToJsonEditor(page);
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": []}');

  await test.step("a new permission statement offers actions and resources, not STS or principals", async () => {
    await panel(page).getByRole("button", { name: "+ Add new statement" }).click();
    await expect(panel(page).getByLabel("Selected statement")).toHaveText("Statement1");
    await expect(panel(page).getByRole("button", { name: "Add a principal" })).toHaveCount(0);
    await expect(panel(page).getByText("Add actions for STS")).toHaveCount(0);
  });

  await test.step("Add actions refuses a bare action name, then adds s3:GetObject", async () => {
    await panel(page).getByLabel("Actions").fill("GetObject");
    await panel(page).getByRole("button", { name: "Add actions" }).click();
    await expect(panel(page).getByText("Enter actions as service:ActionName, for example s3:GetObject.")).toBeVisible();
    await panel(page).getByLabel("Actions").fill("s3:GetObject");
    await panel(page).getByRole("button", { name: "Add actions" }).click();
    await expect(panel(page).getByLabel("Actions")).toHaveValue("");
  });

  await test.step("Add a resource and a condition", async () => {
    await panel(page).getByRole("button", { name: "Add a resource" }).click();
    const resource = page.getByRole("dialog", { name: "Add resource" });
    await resource.getByLabel("Resource ARN").fill(`arn:aws:s3:::edit-statement-${stamp}/*`);
    await resource.getByRole("button", { name: "Add resource" }).click();
    await panel(page).getByRole("button", { name: "Add a condition" }).click();
    const condition = page.getByRole("dialog", { name: "Add condition" });
    await condition.getByLabel("Condition key").fill("aws:SecureTransport");
    await condition.getByLabel("Operator").selectOption("Bool");
    await condition.getByLabel("Value").fill("yes");
    await condition.getByRole("button", { name: "Add condition" }).click();
    await expect(condition.getByText("Enter true or false.")).toBeVisible();
    await condition.getByLabel("Value").fill("true");
    await condition.getByRole("button", { name: "Add condition" }).click();
    await expect(condition).toHaveCount(0);
  });

  await test.step("validation accepts it and the review summarises what the panel wrote", async () => {
    await expect(page.getByRole("tab", { name: "Errors: 0" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("button", { name: "Next" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Next" }).click();
    const row = page.getByRole("table", { name: "Allow permissions" }).getByRole("row").filter({ has: page.getByRole("cell", { name: "s3", exact: true }) });
    await expect(row).toContainText(`arn:aws:s3:::edit-statement-${stamp}/*`);
    await expect(row).toContainText("aws:SecureTransport");
  });
});
