// Journey: IAM › Account settings edits the account's password policy, alias and STS global endpoint
// token setting, and each change is what the wire (the real AWS SDK) then reads back; a user without
// permission sees AWS's access-denied alert in each container instead of a broken page. Breaks if a
// container stops reaching lib/iam/account, the form sends the wrong fields, or a denial blanks the page.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
//      https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html
//      https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html
import { expect, test, type Page } from "@playwright/test";
import {
  CreateAccountAliasCommand,
  DeleteAccountPasswordPolicyCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  ListAccountAliasesCommand,
  SetSecurityTokenServicePreferencesCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ALIAS = `e2e-settings-${Date.now().toString(36)}`;
const container = (page: Page, title: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: title, level: 2 }) });

let iam: IAMClient;
test.beforeAll(({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
});

// Journeys share one server: put back what other journeys rely on (the alias, the default policy, v1 tokens).
test.afterAll(async () => {
  await iam.send(new DeleteAccountPasswordPolicyCommand({})).catch(() => undefined);
  await iam.send(new CreateAccountAliasCommand({ AccountAlias: SANDBOX.identityAlias }));
  await iam.send(new SetSecurityTokenServicePreferencesCommand({ GlobalEndpointTokenVersion: "v1Token" }));
});

test("admin edits the password policy, the alias and the STS token setting; the wire reads each back", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await page.goto("/iam/account-settings");

  await test.step("password policy: a custom policy with expiration and reuse prevention, then the IAM default", async () => {
    const panel = container(page, "Password policy");
    await panel.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit password policy" });
    await dialog.getByRole("radio", { name: /Custom/ }).check();
    await dialog.getByLabel("Password minimum length").fill("10");
    await dialog.getByRole("checkbox", { name: /lowercase letter/ }).check();
    await dialog.getByRole("checkbox", { name: "Turn on password expiration" }).check();
    await dialog.getByLabel("Expire passwords in day(s)").fill("1096");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText("Password expiration must be between 1 and 1095 days.")).toBeVisible();
    await dialog.getByLabel("Expire passwords in day(s)").fill("30");
    await dialog.getByRole("checkbox", { name: "Password expiration requires administrator reset" }).check();
    await dialog.getByRole("checkbox", { name: "Prevent password reuse" }).check();
    await dialog.getByLabel("Remember password(s)").fill("3");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(panel).toContainText("Password expires in 30 day(s)");
    const { PasswordPolicy } = await iam.send(new GetAccountPasswordPolicyCommand({}));
    expect(PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 10,
      RequireLowercaseCharacters: true,
      RequireUppercaseCharacters: false,
      MaxPasswordAge: 30,
      HardExpiry: true,
      PasswordReusePrevention: 3,
      AllowUsersToChangePassword: true,
    });

    await panel.getByRole("button", { name: "Edit" }).click();
    await dialog.getByRole("radio", { name: /IAM default/ }).check();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(panel).toContainText("This AWS account uses the following default password policy:");
    await expect(iam.send(new GetAccountPasswordPolicyCommand({}))).rejects.toMatchObject({ name: "NoSuchEntityException" });
  });

  await test.step("account alias: AWS's format check, a new alias, delete, and the original back", async () => {
    const panel = container(page, "Account alias");
    await expect(panel.getByTestId("account-alias")).toContainText(SANDBOX.identityAlias);
    await panel.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit account alias" });
    await edit.getByLabel("Preferred alias").fill("Bad--Alias");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByText(/can contain only lowercase letters, digits, and hyphens/)).toBeVisible();
    await expect(edit.getByLabel("Preferred alias")).toHaveAttribute("aria-invalid", "true");
    await edit.getByLabel("Preferred alias").fill(ALIAS);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(panel.getByTestId("account-alias")).toContainText(ALIAS);
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([ALIAS]);

    await panel.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: `Delete account alias ${ALIAS}?` }).getByRole("button", { name: "Delete" }).click();
    await expect(panel.getByTestId("account-alias").getByRole("definition")).toHaveText("-");
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);

    await panel.getByRole("button", { name: "Create" }).click();
    const create = page.getByRole("dialog", { name: "Create account alias" });
    await create.getByLabel("Preferred alias").fill(SANDBOX.identityAlias);
    await create.getByRole("button", { name: "Save changes" }).click();
    await expect(panel.getByTestId("account-alias")).toContainText(SANDBOX.identityAlias);
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([SANDBOX.identityAlias]);
  });

  await test.step("STS: global endpoint tokens valid in all Regions, then back to the Regions enabled by default", async () => {
    const panel = container(page, "Security Token Service (STS)");
    const version = async () => (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap?.GlobalEndpointTokenVersion;
    await expect(panel.getByTestId("sts-global-endpoint")).toContainText("Valid only in AWS Regions enabled by default");
    for (const [label, expected] of [
      ["Valid in all AWS Regions", 2],
      ["Valid only in AWS Regions enabled by default", 1],
    ] as const) {
      await panel.getByRole("button", { name: "Change" }).click();
      const dialog = page.getByRole("dialog", { name: /Change region compatibility/ });
      await dialog.getByRole("radio", { name: label }).check();
      await dialog.getByRole("button", { name: "Save changes" }).click();
      await expect(dialog).toBeHidden();
      await expect(panel.getByTestId("sts-global-endpoint")).toContainText(label);
      expect(await version()).toBe(expected);
    }
  });
});

test("a user without permission sees AWS's access-denied alert in each container", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await page.goto("/iam/account-settings");
  for (const action of ["iam:GetAccountPasswordPolicy", "iam:ListAccountAliases", "iam:GetAccountSummary"]) {
    await expect(page.getByText(`Access denied to ${action}`)).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Account settings", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Change" })).toHaveCount(0);
});
