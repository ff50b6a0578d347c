// Journey: the IAM Policy Simulator page (observability-spec §2). A user and a role whose trust policy
// denies that user are made over the wire; as the admin, the page simulates the user's own policies
// with one left unchecked, shows allowed / denied with statement counts and highlights the statement
// that denied, then simulates sts:AssumeRole on the role: both sides, denied by the trust Deny, with
// AWS's identity-only "allowed" beside it (aws/aws-cli#10314).
// What would silently break: unchecked policies still evaluated, the counts or the implicit-deny
// wording, Show statement highlighting nothing, trust policies ignored as AWS's simulator does.
import { expect, test } from "@playwright/test";
import { CreateRoleCommand, CreateUserCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const STAMP = Date.now().toString(36);
const USER = `sim-journey-${STAMP}`;
const USER_ARN = `arn:aws:iam::${SANDBOX.identity}:user/${USER}`;
const ROLE = `SimJourneyDeniesUser-${STAMP}`;
const ROLE_ARN = `arn:aws:iam::${SANDBOX.identity}:role/${ROLE}`;
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });

test("simulate a user's policies, then sts:AssumeRole with both sides", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateUserCommand({ UserName: USER }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: USER,
      PolicyName: "AllowObjects",
      PolicyDocument: doc({ Sid: "Objects", Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "sts:AssumeRole"], Resource: "*" }),
    }),
  );
  await iam.send(new PutUserPolicyCommand({ UserName: USER, PolicyName: "DenyPut", PolicyDocument: doc({ Effect: "Deny", Action: "s3:PutObject", Resource: "*" }) }));
  await iam.send(new PutUserPolicyCommand({ UserName: USER, PolicyName: "DenyDelete", PolicyDocument: doc({ Sid: "NoDelete", Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" }) }));
  await iam.send(
    new CreateRoleCommand({
      RoleName: ROLE,
      AssumeRolePolicyDocument: doc(
        { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${SANDBOX.identity}:root` }, Action: "sts:AssumeRole" },
        { Sid: "NotThisUser", Effect: "Deny", Principal: { AWS: USER_ARN }, Action: "sts:AssumeRole" },
      ),
    }),
  );

  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/policysim");
  await expect(page.getByRole("heading", { name: "IAM Policy Simulator" })).toBeVisible();

  await test.step("pick the user and leave DenyPut out", async () => {
    await page.getByRole("searchbox", { name: "Filter users" }).fill(USER);
    await page.getByRole("radio", { name: USER }).check();
    await expect(page.getByRole("checkbox", { name: "DenyDelete" })).toBeChecked();
    await page.getByRole("checkbox", { name: "DenyPut" }).uncheck();
  });

  const results = page.getByRole("table", { name: "Action Settings and Results" });
  const row = (action: string) => results.getByRole("row").filter({ has: page.getByRole("cell", { name: action, exact: true }) });

  await test.step("pick S3 actions and run", async () => {
    await page.getByLabel("Select service").selectOption("s3");
    const actions = page.getByRole("group", { name: "Select actions" });
    for (const a of ["GetObject", "PutObject", "DeleteObject", "ListBucket"]) await actions.getByRole("checkbox", { name: a, exact: true }).check();
    await expect(row("GetObject")).toContainText("Not simulated");
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("GetObject")).toContainText("allowed 1 matching statement(s)");
    await expect(row("PutObject")).toContainText("allowed 1 matching statement(s)");
    await expect(row("DeleteObject")).toContainText("denied 1 matching statement(s)");
    await expect(row("ListBucket")).toContainText("Implicitly denied (no matching statements)");
  });

  await test.step("Show statement highlights the Deny that decided", async () => {
    await page.getByRole("button", { name: "Expand row for s3:DeleteObject" }).click();
    await page.getByRole("button", { name: "Show statement 1 of DenyDelete" }).click();
    const text = page.getByLabel("Policy document DenyDelete");
    await expect(text.locator("mark")).toHaveCount(6);
    await expect(text.locator("mark").filter({ hasText: '"Sid": "NoDelete"' })).toHaveCount(1);
  });

  await test.step("sts:AssumeRole on the role: both sides, denied by the trust policy, AWS says allowed", async () => {
    await page.getByLabel("Select service").selectOption("sts");
    await page.getByRole("group", { name: "Select actions" }).getByRole("checkbox", { name: "AssumeRole", exact: true }).check();
    await page.getByRole("button", { name: "Expand row for sts:AssumeRole" }).click();
    await page.getByLabel("sts:AssumeRole role resource ARN").fill(ROLE_ARN);
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("AssumeRole")).toContainText("denied 1 matching statement(s)");
    const sides = page.getByRole("region", { name: "Both sides of the AssumeRole decision" });
    await expect(sides).toContainText("Verdict with the trust policy: denied (explicit deny)");
    await expect(sides).toContainText("Identity side: allowed");
    await expect(sides).toContainText("Trust side: denied (explicit deny)");
    await expect(sides.getByRole("note")).toContainText("would report: allowed");
    await sides.getByRole("button", { name: `Show statement 2 of ${ROLE}` }).click();
    await expect(page.getByLabel("Trust policy document").locator("mark").filter({ hasText: "NotThisUser" })).toHaveCount(1);
  });

  await test.step("Create New Policy in Existing Policies mode: a custom permissions boundary caps the user", async () => {
    // AWS's simulator takes a custom boundary beside a principal's own policies (PermissionsBoundaryPolicyInputList,
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html).
    await page.getByRole("button", { name: "Create New Policy" }).click();
    await page.getByRole("combobox", { name: "Policy type" }).selectOption("boundary");
    await page.getByLabel("Policy name").fill("OnlyGet");
    await page.getByLabel("Policy document OnlyGet").fill(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }));
    await expect(page.getByRole("checkbox", { name: "OnlyGet" })).toBeChecked();
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: "OnlyGet" }) })).toContainText("Custom permissions boundary");
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("GetObject")).toContainText("allowed 1 matching statement(s)");
    await expect(row("PutObject")).toContainText(/denied/);
    await page.getByRole("checkbox", { name: "OnlyGet" }).uncheck();
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("PutObject")).toContainText("allowed 1 matching statement(s)");
  });

  await test.step("Global Settings warn about a key without a value; a user's resource policy can allow", async () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html: the warning text,
    // and "Include Resource Policy" for S3 with a user (not a role) as the source.
    await page.getByRole("button", { name: "Create New Policy" }).click();
    await page.getByLabel("Policy name").fill("NeedsIp");
    await page.getByLabel("Policy document NeedsIp").fill(
      doc({ Effect: "Allow", Action: "s3:ListBucket", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }),
    );
    await page.getByRole("button", { name: "Done editing" }).click();
    const warning = page.getByRole("status").filter({ hasText: "One or more policies require values in the simulation settings." });
    await expect(warning).toBeVisible();
    await page.getByLabel("Value of aws:SourceIp").fill("203.0.113.7");
    await expect(warning).toHaveCount(0);
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("ListBucket")).toContainText("allowed 1 matching statement(s)");
    // The matched statement lists each condition with the request's value and its outcome (spec §2.3).
    await page.getByRole("button", { name: "Expand row for s3:DeleteObject" }).click(); // folds it: one resource-policy field on show
    await expect(page.getByRole("button", { name: "Expand row for s3:DeleteObject" })).toHaveAttribute("aria-expanded", "false");
    await page.getByRole("button", { name: "Expand row for s3:ListBucket" }).click();
    await expect(page.getByRole("list", { name: "Conditions of statement 1 of NeedsIp" })).toContainText("IpAddress aws:SourceIp 203.0.113.0/24 · request: 203.0.113.7 · met");

    await page.getByRole("checkbox", { name: "NeedsIp" }).uncheck();
    await page.getByLabel("s3:ListBucket bucket resource ARN").fill("arn:aws:s3:::sim-journey-bucket");
    await page.getByRole("checkbox", { name: "Include Resource Policy" }).check();
    await page.getByRole("textbox", { name: "Resource policy" }).fill(
      doc({ Effect: "Allow", Principal: { AWS: USER_ARN }, Action: "s3:ListBucket", Resource: "arn:aws:s3:::sim-journey-bucket" }),
    );
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("ListBucket")).toContainText("allowed 1 matching statement(s)");
    await page.getByRole("checkbox", { name: "Include Resource Policy" }).uncheck();
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("ListBucket")).toContainText("Implicitly denied (no matching statements)");
  });

  await test.step("Resource owner: the same bucket in another account is not granted by the identity side alone", async () => {
    await page.getByRole("button", { name: "Expand row for s3:GetObject" }).click();
    await page.getByLabel("s3:GetObject object resource ARN").fill("arn:aws:s3:::sim-journey-bucket/report.csv");
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("GetObject")).toContainText("allowed 1 matching statement(s)");
    await page.getByText("Caller and resource owner").click();
    await page.getByRole("textbox", { name: /^Resource owner/ }).fill(SANDBOX.workload);
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("GetObject")).toContainText(/denied/);
  });

  await test.step("New Policy mode: only the Policy Sandbox's checked policies, simulated as you", async () => {
    await page.getByRole("textbox", { name: /^Resource owner/ }).fill("");
    await page.getByRole("combobox", { name: "Mode" }).selectOption("new");
    await expect(page.getByRole("heading", { name: /^Policy Sandbox/ })).toBeVisible();
    await page.getByRole("checkbox", { name: "NeedsIp" }).check();
    await page.getByRole("button", { name: "Run Simulation" }).click();
    await expect(row("ListBucket")).toContainText("allowed 1 matching statement(s)");
    // The user's own policies are not in the sandbox: nothing allows GetObject.
    await expect(row("GetObject")).toContainText(/denied/);
  });
});
