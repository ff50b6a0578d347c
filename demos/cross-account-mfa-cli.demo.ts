// The workload account's admin creates a role trusting the identity account on MFA in the console (typed in Custom trust policy); a developer assumes it from the CLI, refused without MFA, admitted with it.
import { totp } from "../lib/iam/mfa-devices/totp";
import { SANDBOX, signInAsIamUser } from "../e2e/support/sign-in";
import { awsCli, cliOk } from "../e2e/support/cli";
import { IDENTITY, WORKLOAD, enableVirtualMfa, identityAdmin, sessionKeys, userWithKey } from "../e2e/support/seed-cli";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/demo";

const ROLE = "CrossAccountDeveloperRole";
const ROLE_ARN = `arn:aws:iam::${WORKLOAD}:role/${ROLE}`;
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });
const customTrust = (page: Page) => page.getByRole("radio", { name: "Custom trust policy", exact: true });
const trustEditor = (page: Page) => page.getByRole("textbox", { name: "Custom trust policy", exact: true });
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
});

test("Cross-account role with MFA, from the CLI", async ({ page, demo }) => {
  // A developer of the identity account, in Developers, with an access key and a virtual MFA device.
  const aws = awsCli();
  const dev = await userWithKey(aws, demo.baseURL, "dev");
  await cliOk(aws(demo.baseURL, identityAdmin, ["iam", "add-user-to-group", "--group-name", "Developers", "--user-name", "dev"]));
  const mfa = await enableVirtualMfa(aws, demo.baseURL, "dev", "dev-phone");

  await signInAsIamUser(page, SANDBOX.workload, "admin", SANDBOX.adminPassword);
  await demo.chapter("A cross-account role that requires MFA", "The workload account trusts the identity account, but only for sessions signed in with MFA. Developers assume the role from the CLI.");

  await page.goto("/iam/roles/create");
  await demo.step("In the workload account: Create role → Custom trust policy", { highlight: customTrust(page) }, async () => {
    await customTrust(page).check();
    // Editable once the editor reports keystrokes to the page (docs/demo-names.md): typing earlier is refused.
    await expect(trustEditor(page)).toBeEditable({ timeout: 30_000 });
  });

  await demo.step("The trust policy: the identity account may assume the role, on condition of MFA", async () => {
    await trustEditor(page).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(TRUST);
    await expect(next(page)).toBeEnabled({ timeout: 15_000 });
  });

  await demo.step("No errors, no security warnings: Next", { highlight: next(page) }, async () => {
    await next(page).click();
    await expect(page.getByRole("heading", { name: /^Permissions policies/ })).toBeVisible();
  });

  await demo.step("No permissions yet: Next to the review", { highlight: next(page) }, async () => {
    await next(page).click();
    await expect(page.getByLabel("Trust policy")).toContainText("aws:MultiFactorAuthPresent");
  });

  await demo.step(`Name it ${ROLE} and create it`, { highlight: page.getByLabel("Role name") }, async () => {
    await page.getByLabel("Role name").fill(ROLE);
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page.getByText(`Role ${ROLE} created.`)).toBeVisible();
  });

  await demo.step(`${ROLE} in the workload account's console`, async () => {
    await page.goto(`/iam/roles/${ROLE}`);
    await expect(page.getByRole("heading", { name: ROLE })).toBeVisible();
  });

  await demo.cli(
    ["iam", "put-group-policy", "--group-name", "Developers", "--policy-name", "AssumeDevRole", "--policy-document", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE_ARN }] })],
    { title: "In the identity account: Developers may call sts:AssumeRole on the role" },
  );

  await demo.cli(["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "dev"], {
    as: dev,
    who: "dev (identity account)",
    expect: "fail",
    title: "dev assumes the role without MFA: AccessDenied",
  });

  const code = totp(mfa.secret, Date.now() + 30_000);
  const assumed = await demo.cli(["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "dev", "--serial-number", mfa.serial, "--token-code", code], {
    as: dev,
    who: "dev (identity account)",
    title: "With --serial-number and --token-code from the MFA device: credentials",
  });

  await demo.cli(["sts", "get-caller-identity"], { as: sessionKeys(assumed.json), who: "dev's role session", title: "The session is the role, in the workload account" });
  expect(assumed.json.AssumedRoleUser).toMatchObject({ Arn: `arn:aws:sts::${WORKLOAD}:assumed-role/${ROLE}/dev` });
});
