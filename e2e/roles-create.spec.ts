// Journeys through IAM > Roles > Create role, replaying the seed tutorial (AWSIAMRoleForRDS trusting
// alice, with AmazonRDSFullAccess) and the other trusted-entity types. What would silently break:
// a generated trust policy drifting from AWS's shape (arrays for services, "Condition": {} and the
// merged external-ID/MFA condition for accounts), Next letting an invalid custom policy through,
// a duplicate name surfacing anywhere but under Role name, or a created role missing from the list.
import { CreateLoginProfileCommand, CreateUserCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser, signOut } from "./support/sign-in";

const stamp = Date.now();

async function openWizard(page: Page) {
  await page.goto("/iam/roles/create");
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Create role");
  await expect(page.getByRole("heading", { name: "Select trusted entity" })).toBeVisible();
}

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

async function typeInEditor(page: Page, json: string) {
  const editor = page.locator("[data-testid=policy-editor][data-ready]");
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(json);
}

async function createFromReview(page: Page, roleName: string, description?: string) {
  await expect(page.getByRole("heading", { name: "Name, review, and create" })).toBeVisible();
  await page.getByLabel("Role name").fill(roleName);
  if (description !== undefined) await page.getByLabel("Description").fill(description);
  await page.getByRole("button", { name: "Create role" }).click();
}

test.beforeEach(async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
});

test("custom trust policy trusting alice with AmazonRDSFullAccess (seed tutorial)", async ({ page }) => {
  const roleName = `AWSIAMRoleForRDS-${stamp}`;
  await test.step("Step 1: custom trust policy naming alice's ARN", async () => {
    await openWizard(page);
    await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
    await typeInEditor(
      page,
      JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Sid: "Statement1", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${SANDBOX.identity}:user/alice` }, Action: "sts:AssumeRole" }],
      }),
    );
    await expect(next(page)).toBeEnabled({ timeout: 15_000 });
    await next(page).click();
  });
  await test.step("Step 2: pick AmazonRDSFullAccess from the catalog", async () => {
    await expect(page.getByRole("heading", { name: /Permissions policies \(0\/\d{4,}\)/ })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search policies" }).fill("AmazonRDSFullAccess");
    await expect(page.getByText(/^1 match$/)).toBeVisible();
    await page.getByRole("checkbox", { name: "Select arn:aws:iam::aws:policy/AmazonRDSFullAccess" }).check();
    await expect(page.getByRole("heading", { name: /Permissions policies \(1\/\d+\)/ })).toBeVisible();
    await page.getByRole("button", { name: "Show JSON of AmazonRDSFullAccess" }).click();
    await expect(page.getByText('"rds:*"').first()).toBeVisible();
    // The boundary uses the same picker in single-choice mode (radios): one boundary per role.
    await page.getByRole("radio", { name: "Use a permissions boundary to control the maximum role permissions" }).check();
    await page.getByLabel("Filter by Type").last().selectOption({ label: "AWS managed - job function" });
    await page.getByRole("searchbox", { name: "Search Permissions boundary policies" }).fill("PowerUser");
    await page.getByRole("table", { name: "Permissions boundary policies" }).getByRole("radio", { name: "Select arn:aws:iam::aws:policy/PowerUserAccess" }).check();
    await next(page).click();
  });
  await test.step("Step 3: review, name and create", async () => {
    await expect(page.getByRole("table", { name: "Permissions policy summary" })).toContainText("AmazonRDSFullAccess");
    await expect(page.getByRole("table", { name: "Permissions policy summary" })).toContainText("Permissions policy");
    await expect(page.getByRole("table", { name: "Permissions policy summary" }).getByRole("row", { name: /PowerUserAccess/ })).toContainText("Permissions boundary");
    await expect(page.getByLabel("Trust policy")).toContainText(`arn:aws:iam::${SANDBOX.identity}:user/alice`);
    await createFromReview(page, roleName, "AWS IAM role for RDS");
  });
  await test.step("the list shows the flash and the role with its trusted entity", async () => {
    await expect(page).toHaveURL(/\/iam\/roles$/);
    await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();
    await expect(page.getByRole("button", { name: "View role" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search roles" }).fill(roleName);
    const row = page.getByRole("table", { name: "Roles" }).getByRole("row").filter({ hasText: roleName });
    await expect(row).toContainText(`Account: ${SANDBOX.identity}`);
  });
});

test("CloudFormation service role without policies; duplicate name is refused under Role name", async ({ page }) => {
  const roleName = `CfnServiceRole-${stamp}`;
  await test.step("Step 1: AWS service → CloudFormation", async () => {
    await openWizard(page);
    await expect(next(page)).toBeDisabled();
    const service = page.getByRole("combobox", { name: "Service or use case" });
    // The list is every service with a service role (from data, ~200), so it is searched.
    await service.click();
    await expect(page.getByRole("option").nth(150)).toBeAttached();
    await service.fill("cloudw");
    const options = page.getByRole("option");
    await expect(options.first()).toHaveText("CloudWatch");
    await expect(options.nth(1)).toHaveText("CloudWatch Internet Monitor");
    // A use case's name also finds its service: "CloudWatch Events" is one of EventBridge's.
    await expect(options.last()).toHaveText("EventBridge");
    const active = async () => page.locator(`[id="${await service.getAttribute("aria-activedescendant")}"]`);
    await service.press("ArrowDown");
    await expect(await active()).toHaveText("CloudWatch Internet Monitor");
    await service.press("ArrowUp");
    await expect(await active()).toHaveText("CloudWatch");
    await service.fill("cloudform");
    await expect(options).toHaveText(["CloudFormation"]);
    await service.press("Enter");
    await expect(service).toHaveValue("CloudFormation");
    await expect(page.getByRole("listbox")).toHaveCount(0);
    // CloudFormation also has its StackSets service-linked use cases (from the service-linked-role
    // catalog), so its service role is chosen, not pre-selected.
    const useCase = page.getByRole("radio", { name: /^CloudFormation\s*Allows/ });
    await useCase.check();
    await expect(useCase).toBeChecked();
    await expect(page.getByRole("radio", { name: /^CloudFormation - stacksets\.cloudformation \(service-linked role\)/ })).not.toBeChecked();
    await next(page).click();
    await next(page).click();
  });
  await test.step("Step 3: the generated JSON is AWS's service shape; default description filled", async () => {
    const trust = JSON.parse((await page.getByLabel("Trust policy").textContent()) ?? "");
    expect(trust).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: ["sts:AssumeRole"], Principal: { Service: ["cloudformation.amazonaws.com"] } }],
    });
    expect(Object.keys(trust.Statement[0])).toEqual(["Effect", "Action", "Principal"]);
    await expect(page.getByLabel("Description")).toHaveValue("Allows CloudFormation to create and manage AWS stacks and resources on your behalf.");
    await expect(page.getByRole("table", { name: "Permissions policy summary" })).toContainText("No resources");
    await createFromReview(page, roleName);
    await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();
  });
  await test.step("the same name in another case is EntityAlreadyExists on the Role name field", async () => {
    await openWizard(page);
    await page.getByRole("radio", { name: /^AWS account/ }).check();
    await next(page).click();
    await next(page).click();
    const dup = roleName.toUpperCase();
    await createFromReview(page, dup);
    await expect(page.getByText(`Role with name ${dup} already exists.`)).toBeVisible();
    await expect(page.getByLabel("Role name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Role name")).toHaveValue(dup);
    await expect(page).toHaveURL(/\/iam\/roles\/create$/);
  });
});

test("invalid JSON in the custom trust editor shows the error and keeps Next disabled", async ({ page }) => {
  await openWizard(page);
  await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
  await typeInEditor(page, '{"Version": "2012-10-17", "Statement": [');
  await expect(page.getByRole("tab", { name: /Errors: [1-9]/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[data-testid=policy-editor] .squiggly-error").first()).toBeAttached();
  await expect(next(page)).toBeDisabled();
});

test("without access-analyzer:ValidatePolicy the editor says validation is unavailable and Next still works", async ({ page, baseURL }) => {
  const admin = iamClient(baseURL!, ADMIN_KEYS.identity);
  const userName = `no-validate-${stamp}`;
  const password = "Wizard-User-Passw0rd!2026";
  await admin.send(new CreateUserCommand({ UserName: userName }));
  await admin.send(new CreateLoginProfileCommand({ UserName: userName, Password: password }));
  const iamOnly = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:*", Resource: "*" }] };
  await admin.send(new PutUserPolicyCommand({ UserName: userName, PolicyName: "IamOnly", PolicyDocument: JSON.stringify(iamOnly) }));
  await signOut(page);
  await signInAsIamUser(page, SANDBOX.identity, userName, password);
  await openWizard(page);
  await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
  await typeInEditor(page, JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] }));
  const status = page.getByRole("status").filter({ hasText: "Policy validation is not available" });
  await expect(status).toContainText("access-analyzer:ValidatePolicy");
  await expect(page.getByRole("tab", { name: /Security: 0/ })).toHaveCount(0);
  await expect(next(page)).toBeEnabled();
});

test("AWS account: another account with external ID and MFA merges the condition", async ({ page }) => {
  const roleName = `PartnerAccess-${stamp}`;
  await openWizard(page);
  await page.getByRole("radio", { name: /^AWS account/ }).check();
  await page.getByRole("radio", { name: "Another AWS account" }).check();
  await page.getByLabel("Account ID", { exact: true }).fill("22222222222");
  await expect(page.getByText("The account ID must be 12 digits.")).toBeVisible();
  await expect(next(page)).toBeDisabled();
  await page.getByLabel("Account ID", { exact: true }).fill(SANDBOX.workload);
  await page.getByRole("checkbox", { name: /Require external ID/ }).check();
  await page.getByLabel("External ID", { exact: true }).fill("bad id");
  await expect(page.getByText(/external ID can contain/)).toBeVisible();
  await expect(next(page)).toBeDisabled();
  await page.getByLabel("External ID", { exact: true }).fill("Partner-42");
  await page.getByRole("checkbox", { name: "Require MFA" }).check();
  await next(page).click();
  await next(page).click();
  const trust = JSON.parse((await page.getByLabel("Trust policy").textContent()) ?? "");
  expect(trust.Statement).toEqual([
    {
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${SANDBOX.workload}:root` },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "sts:ExternalId": "Partner-42" }, Bool: { "aws:MultiFactorAuthPresent": "true" } },
    },
  ]);
  await test.step("Edit returns to Step 1 with the inputs kept", async () => {
    await page.getByRole("button", { name: "Edit step 1" }).click();
    await expect(page.getByLabel("External ID", { exact: true })).toHaveValue("Partner-42");
    await next(page).click();
    await next(page).click();
  });
  await createFromReview(page, roleName);
  await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();
  await page.getByRole("searchbox", { name: "Search roles" }).fill(roleName);
  await expect(page.getByRole("table", { name: "Roles" }).getByRole("row").filter({ hasText: roleName })).toContainText(`Account: ${SANDBOX.workload}`);
});
