// Journey: the role page, replaying the seed's CloudFormation service role — created with the wire
// API and no policies, then IAMFullAccess and AWSLambda_FullAccess attached from the console — plus
// an inline policy added, edited and removed, a permissions boundary set and removed, the trust
// policy edited (invalid JSON blocked, valid saved, which brings the switch-role link), tags added
// and removed, the Export tab, the 10-policy quota and the cascading Delete. What would silently
// break: the count header not following attach/remove, an invalid trust document reaching IAM,
// tags saved partially, or the export drifting from the role's real policies.
import { expect, test, type Page } from "@playwright/test";
import { AttachRolePolicyCommand, CreateRoleCommand, GetRoleCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { switchToJsonEditor } from "./support/policy-editor";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ROLE = `CfnServiceRole-${Date.now()}`;
const IAM_FULL = "arn:aws:iam::aws:policy/IAMFullAccess";
const LAMBDA_FULL = "arn:aws:iam::aws:policy/AWSLambda_FullAccess";
const INLINE = `ReadLogs-${Date.now()}`;
const EIGHT_MORE = [
  "AmazonS3ReadOnlyAccess",
  "AmazonEC2ReadOnlyAccess",
  "AmazonSQSReadOnlyAccess",
  "AmazonSNSReadOnlyAccess",
  "AmazonDynamoDBReadOnlyAccess",
  "AmazonRDSReadOnlyAccess",
  "CloudWatchReadOnlyAccess",
  "AWSCloudTrail_ReadOnlyAccess",
];

async function typeInEditor(page: Page, json: string) {
  const editor = page.locator("[data-testid=policy-editor][data-ready]");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(json);
}

const policiesHeading = (page: Page) => page.getByRole("heading", { name: /^Permissions policies/ });

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
}

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(
    new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ Service: "cloudformation.amazonaws.com" }), Description: "Deploys stacks" }),
  );
});

test("a user without iam:GetRole sees the access-denied alert, not an empty page", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await page.goto(`/iam/roles/${ROLE}`);
  const alert = page.getByRole("alert").filter({ hasText: "Access denied to iam:GetRole" });
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId("access-denied-details")).toContainText(`On resource(s): arn:aws:iam::${SANDBOX.identity}:role/${ROLE}`);
  await expect(page.getByRole("tab", { name: "Permissions" })).toHaveCount(0);
});

test("role page: summary, permissions, inline policy, boundary, trust, tags and export", async ({ page, baseURL }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  test.setTimeout(180_000);
  await test.step("summary: breadcrumbs, ARN, 1 hour, no switch-role link for a service role", async () => {
    await page.goto(`/iam/roles/${ROLE}`);
    await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText(`IAM›Roles›${ROLE}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ROLE);
    await expect(page.getByTestId("role-arn")).toHaveText(`arn:aws:iam::${SANDBOX.identity}:role/${ROLE}`);
    await expect(page.getByText("Maximum session duration")).toBeVisible();
    await expect(page.getByText("1 hour", { exact: true })).toBeVisible();
    await expect(page.getByText("Link to switch roles in console")).toHaveCount(0);
    await expect(policiesHeading(page)).toContainText("(0)");
    await expect(page.getByText("You can attach up to 10 managed policies.")).toBeVisible();
    await expect(page.getByText("Permissions boundary (not set)")).toBeVisible();
  });

  await test.step("Add permissions ▾ → Attach policies: IAMFullAccess and AWSLambda_FullAccess", async () => {
    await page.getByRole("button", { name: "Add permissions" }).click();
    await page.getByRole("menuitem", { name: "Attach policies" }).click();
    await expect(page).toHaveURL(new RegExp(`/iam/roles/${ROLE}/attach-policies$`));
    const search = page.getByRole("searchbox", { name: "Search policies" });
    for (const arn of [IAM_FULL, LAMBDA_FULL]) {
      await search.fill(arn.split("/").pop()!);
      await page.getByRole("checkbox", { name: `Select ${arn}` }).check();
    }
    await page.getByRole("button", { name: "Add permissions" }).click();
    await expect(page).toHaveURL(new RegExp(`/iam/roles/${ROLE}$`));
    await expect(page.getByRole("status").filter({ hasText: "2 policies were successfully attached to role." })).toBeVisible();
    await expect(policiesHeading(page)).toContainText("(2)");
    const table = page.getByRole("table", { name: "Permissions policies" });
    await expect(table.getByRole("link", { name: "IAMFullAccess" })).toBeVisible();
    await expect(table.getByRole("row", { name: /AWSLambda_FullAccess/ })).toContainText("AWS managed");
  });

  await test.step("Create inline policy: editor → Review and create → Create policy", async () => {
    await page.getByRole("button", { name: "Add permissions" }).click();
    await page.getByRole("menuitem", { name: "Create inline policy" }).click();
    await switchToJsonEditor(page);
    await typeInEditor(page, JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "logs:GetLogEvents", Resource: "*" }] }));
    await expect(page.getByRole("button", { name: "Next" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { name: "Review and create" })).toBeVisible();
    await page.getByLabel("Policy name").fill(INLINE);
    await page.getByRole("button", { name: "Create policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Policy ${INLINE} created.` })).toBeVisible();
    await expect(policiesHeading(page)).toContainText("(3)");
    await expect(page.getByRole("row", { name: new RegExp(INLINE) })).toContainText("Customer inline");
  });

  await test.step("expand the inline policy and edit it", async () => {
    await page.getByRole("button", { name: `Expand ${INLINE}` }).click();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await switchToJsonEditor(page);
    await typeInEditor(page, JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["logs:GetLogEvents", "logs:FilterLogEvents"], Resource: "*" }] }));
    await expect(page.getByRole("button", { name: "Next" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByLabel("Policy name")).toHaveValue(INLINE);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Policy ${INLINE} updated.` })).toBeVisible();
    await page.getByRole("button", { name: `Expand ${INLINE}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(INLINE) })).toContainText("logs:FilterLogEvents");
    await expect(policiesHeading(page)).toContainText("(3)");
  });

  await test.step("remove the inline policy", async () => {
    await page.getByRole("checkbox", { name: `Select inline:${INLINE}` }).check();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove policies" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 inline policy removed" })).toBeVisible();
    await expect(policiesHeading(page)).toContainText("(2)");
  });

  await test.step("set, then remove, a permissions boundary", async () => {
    await page.getByRole("button", { name: "Set permissions boundary" }).click();
    const dialog = page.getByRole("dialog", { name: "Set permissions boundary" });
    await dialog.getByRole("searchbox", { name: "Search policies" }).fill("PowerUserAccess");
    // A role has one boundary: radio buttons, no "Select all" (console-spec; AWS's single-choice picker).
    await expect(dialog.getByText("Choose one policy to set as the permissions boundary.")).toBeVisible();
    await expect(dialog.getByRole("checkbox")).toHaveCount(0);
    await dialog.getByRole("radio", { name: "Select arn:aws:iam::aws:policy/PowerUserAccess" }).check();
    await dialog.getByRole("button", { name: "Set boundary" }).click();
    await expect(page.getByText("Permissions boundary (set)")).toBeVisible();
    await expect(page.getByTestId("permissions-boundary")).toContainText("arn:aws:iam::aws:policy/PowerUserAccess");
    await page.getByRole("button", { name: "Remove boundary" }).click();
    await page.getByRole("dialog", { name: "Remove permissions boundary?" }).getByRole("button", { name: "Remove boundary" }).click();
    await expect(page.getByText("Permissions boundary (not set)")).toBeVisible();
  });

  await test.step("trust policy: invalid JSON blocks Update policy; a valid account trust saves", async () => {
    await openTab(page, "Trust relationships");
    await expect(page.getByTestId("trust-policy")).toContainText("cloudformation.amazonaws.com");
    await page.getByRole("link", { name: "Edit trust policy" }).click();
    await typeInEditor(page, `{"Version": "2012-10-17", "Statement": [`);
    await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("button", { name: "Update policy" })).toBeDisabled();
    await typeInEditor(page, trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }));
    await expect(page.getByRole("button", { name: "Update policy" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Update policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Trust policy updated for role ${ROLE}.` })).toBeVisible();
    await expect(page.getByTestId("trust-policy")).toContainText(`arn:aws:iam::${SANDBOX.identity}:root`);
    await expect(page.getByTestId("switch-role-link")).toHaveText(new RegExp(`/switchrole\\?roleName=${ROLE}&account=${SANDBOX.identity}$`));
  });

  await test.step("tags: add two, then remove one", async () => {
    await openTab(page, "Tags");
    await page.getByRole("button", { name: "Add new tag" }).click();
    await page.getByLabel("Tag 1 key").fill("team");
    await page.getByLabel("Tag 1 value").fill("platform");
    await page.getByRole("button", { name: "Add new tag" }).click();
    await page.getByLabel("Tag 2 key").fill("aws:owner");
    await expect(page.getByText("Keys beginning with aws: are reserved for AWS use.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
    await page.getByLabel("Tag 2 key").fill("env");
    await page.getByLabel("Tag 2 value").fill("dev");
    await page.getByRole("button", { name: "Save changes" }).click();
    const tags = page.getByRole("table", { name: "Tags" });
    await expect(tags.getByRole("row", { name: "team platform" })).toBeVisible();
    await expect(tags.getByRole("row", { name: "env dev" })).toBeVisible();
    await page.getByRole("button", { name: "Manage tags" }).click();
    // The editor lists the saved tags in key order: env, then team.
    await expect(page.getByLabel("Tag 2 key")).toHaveValue("team");
    await page.getByRole("button", { name: "Remove tag 2" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(tags.getByRole("row", { name: "env dev" })).toBeVisible();
    await expect(tags.getByRole("row", { name: /team/ })).toHaveCount(0);
  });

  await test.step("Last Accessed lists the allowed services", async () => {
    await openTab(page, "Last Accessed");
    const table = page.getByRole("table", { name: "Allowed services" });
    await expect(table.getByRole("row", { name: /AWS Identity and Access Management \(IAM\)/ })).toContainText("IAMFullAccess");
    await expect(table.getByRole("row", { name: /AWS Lambda/ }).first()).toContainText("Not accessed in the tracking period");
  });

  await test.step("Export: Terraform, CloudFormation and AWS CLI name the role and its policies", async () => {
    await openTab(page, "Export");
    for (const label of ["Terraform", "CloudFormation", "AWS CLI"]) {
      const code = page.getByLabel(`${label} code`);
      await expect(code).toContainText(ROLE);
      await expect(code).toContainText(IAM_FULL);
      await expect(code).toContainText(LAMBDA_FULL);
    }
    await expect(page.getByLabel("Terraform code")).toContainText(`resource "aws_iam_role_policy_attachment"`);
    await expect(page.getByLabel("CloudFormation code")).toContainText("Type: AWS::IAM::Role");
    await expect(page.getByLabel("AWS CLI code")).toContainText(`aws iam attach-role-policy --role-name '${ROLE}'`);
  });

  await test.step("the 10-policy quota: an 11th attachment shows IAM's LimitExceeded message as a flash", async () => {
    const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
    for (const name of EIGHT_MORE) await iam.send(new AttachRolePolicyCommand({ RoleName: ROLE, PolicyArn: `arn:aws:iam::aws:policy/${name}` }));
    await page.goto(`/iam/roles/${ROLE}/attach-policies`);
    await page.getByRole("searchbox", { name: "Search policies" }).fill("SecurityAudit");
    await page.getByRole("checkbox", { name: "Select arn:aws:iam::aws:policy/SecurityAudit" }).check();
    await page.getByRole("button", { name: "Add permissions" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Cannot exceed quota for PoliciesPerRole: 10" }).first()).toBeVisible();
    await page.goto(`/iam/roles/${ROLE}`);
    await expect(policiesHeading(page)).toContainText("(10)");
  });

  await test.step("Delete with typed confirmation cascades the attached policies", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${ROLE}?` });
    await expect(dialog.getByRole("button", { name: "Delete", exact: true })).toBeDisabled();
    await dialog.getByLabel("To confirm deletion, enter the role name in the text input field.").fill(ROLE);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/iam\/roles$/);
    await expect(page.getByRole("status").filter({ hasText: `Role ${ROLE} deleted.` })).toBeVisible();
    const gone = await iamClient(baseURL!, ADMIN_KEYS.identity)
      .send(new GetRoleCommand({ RoleName: ROLE }))
      .then(() => "exists", (e: { name?: string }) => e.name);
    expect(gone).toBe("NoSuchEntityException");
  });
});
