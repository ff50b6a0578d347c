// Journey: Create policy opens in the Visual editor (as the console does) — choose S3, tick Read
// actions and a List action, add a specific bucket ARN, see the statement the JSON editor now holds,
// review the access-level summary, create the policy, then delete it over the wire. A document with
// NotAction keeps the user in JSON, and Edit policy opens such a stored document in JSON.
// Silently breaks if: the catalogue routes stop answering (no services/actions to pick), visual edits
// stop reaching the JSON (the review or IAM would see the starter document), validation stops
// running in visual mode (Next stays disabled), an unrepresentable policy is rewritten on switch, or
// the page stops opening in Visual.
import { CreatePolicyCommand, DeletePolicyCommand, GetPolicyVersionCommand } from "@aws-sdk/client-iam";
import { expect, test } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { policyEditorMode, switchToJsonEditor } from "./support/policy-editor";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const NAME = `VisualPolicy-${Date.now()}`;
const ARN = `arn:aws:iam::${SANDBOX.identity}:policy/${NAME}`;
const BUCKET = "arn:aws:s3:::demo-bucket/*";

test("Create policy with the visual editor", async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  const block = page.getByRole("region", { name: "Permission block 1" });
  const mode = (name: "Visual" | "JSON") => policyEditorMode(page, name);

  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/iam/policies/create");

  try {
    await test.step("Create policy opens with Visual selected and the starter's empty block", async () => {
      await expect(mode("Visual")).toHaveAttribute("aria-pressed", "true");
      await expect(mode("JSON")).toHaveAttribute("aria-pressed", "false");
      await expect(block.getByRole("heading", { name: /Select a service/ })).toBeVisible();
      await expect(page.locator("[data-testid=policy-editor]")).toHaveCount(0);
      await expect(page.getByRole("alert").filter({ hasText: "The visual editor can't show this policy" })).toHaveCount(0);
    });

    await test.step("Visual: choose S3 from the searchable service list", async () => {
      await block.getByLabel("Select a service").fill("s3");
      await block.getByRole("button", { name: "Amazon S3 (s3)", exact: true }).click();
      await expect(block.getByRole("heading", { name: /Amazon S3/ })).toBeVisible();
    });

    await test.step("Actions allowed: two Read actions through the filter, one List action from its group", async () => {
      await block.getByLabel("Filter actions").fill("GetObject");
      await block.getByRole("checkbox", { name: "GetObject", exact: true }).check();
      await block.getByRole("checkbox", { name: "GetObjectAcl", exact: true }).check();
      await block.getByLabel("Filter actions").fill("");
      const list = block.getByRole("group", { name: "List actions" });
      await list.getByRole("button", { name: /^▸ List \(0\/\d+\)$/ }).click();
      await list.getByRole("checkbox", { name: "ListBucket", exact: true }).check();
      await expect(block.getByRole("group", { name: "Read actions" }).getByRole("button", { name: /Read \(2\/\d+\)/ })).toBeVisible();
    });

    await test.step("Resources: Specific, Add ARNs refuses a malformed ARN, then adds the bucket", async () => {
      await block.getByRole("radio", { name: "Specific" }).check();
      await block.getByLabel("Resource ARN").fill("demo-bucket");
      await block.getByRole("button", { name: "Add ARNs" }).click();
      await expect(block.getByText("Enter an ARN such as arn:aws:s3:::bucket/*, or * for all resources.")).toBeVisible();
      await block.getByLabel("Resource ARN").fill(BUCKET);
      await block.getByRole("button", { name: "Add ARNs" }).click();
      await expect(block.getByRole("list", { name: "Resource ARNs" })).toHaveText(/demo-bucket\/\*/);
    });

    await test.step("JSON shows the statement the visual editor wrote", async () => {
      await mode("JSON").click();
      const editor = page.locator("[data-testid=policy-editor][data-ready]");
      await expect(editor).toBeVisible({ timeout: 30_000 });
      await expect(editor).toContainText('"s3:GetObject"');
      await expect(editor).toContainText('"s3:ListBucket"');
      await expect(editor).toContainText(`"${BUCKET}"`);
    });

    await test.step("Next → review summarises S3 as Limited: List, Read on the bucket", async () => {
      await expect(page.getByRole("button", { name: "Next" })).toBeEnabled({ timeout: 15_000 });
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
      const row = page.getByRole("table", { name: "Allow permissions" }).getByRole("row").filter({ has: page.getByRole("cell", { name: "s3", exact: true }) });
      await expect(row).toContainText("Limited: List, Read");
      await expect(row).toContainText(BUCKET);
    });

    await test.step("Create policy → flash, and IAM stored the visual editor's statement", async () => {
      await page.getByLabel("Policy name").fill(NAME);
      await page.getByRole("button", { name: "Create policy" }).click();
      await expect(page.getByText(`Policy ${NAME} created.`)).toBeVisible();
      const { PolicyVersion } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: ARN, VersionId: "v1" }));
      const stored = JSON.parse(decodeURIComponent(PolicyVersion!.Document!));
      expect(stored.Statement).toEqual([{ Sid: "Statement1", Effect: "Allow", Action: ["s3:GetObject", "s3:GetObjectAcl", "s3:ListBucket"], Resource: BUCKET }]);
    });
  } finally {
    await iam.send(new DeletePolicyCommand({ PolicyArn: ARN })).catch(() => undefined);
  }
});

test("a policy with NotAction stays in the JSON editor, unchanged", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/iam/policies/create");
  const editor = await switchToJsonEditor(page);
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText('{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}]}');
  await policyEditorMode(page, "Visual").click();
  await expect(page.getByRole("alert").filter({ hasText: "The visual editor can't show this policy" })).toContainText("Statement 1 uses NotAction");
  await expect(policyEditorMode(page, "JSON")).toHaveAttribute("aria-pressed", "true");
  await expect(editor).toContainText('"NotAction": "iam:*"');
});

test("Edit policy opens a stored NotAction document in JSON, with no refusal", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  const name = `VisualPolicyNotAction-${Date.now()}`;
  const arn = `arn:aws:iam::${SANDBOX.identity}:policy/${name}`;
  const document = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", NotAction: "iam:*", Resource: "*" }] });
  await iam.send(new CreatePolicyCommand({ PolicyName: name, PolicyDocument: document }));
  try {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/policies/details/${encodeURIComponent(arn)}/edit`);
    await expect(page.getByRole("heading", { name: `Modify permissions in ${name}` })).toBeVisible();
    await expect(policyEditorMode(page, "JSON")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("[data-testid=policy-editor][data-ready]")).toContainText('"NotAction"', { timeout: 30_000 });
    await expect(page.getByRole("alert").filter({ hasText: "The visual editor can't show this policy" })).toHaveCount(0);
  } finally {
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn })).catch(() => undefined);
  }
});
