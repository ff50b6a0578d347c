// Journey: admin sets a custom password policy on Account settings; a weak console password for a
// user is refused with AWS's PasswordPolicyViolation message, a strong one is accepted and signs in;
// admin goes back to the IAM default. Breaks silently if the policy stops being stored or enforced,
// or the editor stops sending the whole policy.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
import { expect, test, type Page } from "@playwright/test";
import { createUserInConsole } from "./support/users";
import { SANDBOX, signInAsIamUser, signOut } from "./support/sign-in";

// The container's own Edit: the alias container beside it has one too.
const editPolicy = (page: Page) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: "Password policy", level: 2 }) }).getByRole("button", { name: "Edit" });

// Journeys share one server: never leave a custom policy behind, even when a step fails.
test.afterEach(async ({ page, baseURL }, info) => {
  if (info.status === info.expectedStatus) return;
  await page.request.delete("/api/console/account/password-policy", { headers: { origin: baseURL ?? "", "content-type": "application/json" } }).catch(() => undefined);
});

test("admin edits the password policy; a weak console password is refused, a strong one accepted", async ({ page }) => {
  const userName = `e2e-pw-${Date.now().toString(36)}`;
  const strong = "Strong-Pass-12!";
  const policy = page.getByTestId("password-policy");

  await test.step("Account settings shows AWS's default policy", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/account-settings");
    await expect(policy).toContainText("This AWS account uses the following default password policy:");
    await expect(policy).toContainText("Minimum password length is 8 characters");
  });

  await test.step("admin sets a custom policy: 12 characters, uppercase, number, symbol", async () => {
    await editPolicy(page).click();
    const dialog = page.getByRole("dialog", { name: "Edit password policy" });
    await dialog.getByRole("radio", { name: /Custom/ }).check();
    await dialog.getByLabel("Password minimum length").fill("5");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText("Password minimum length must be between 6 and 128.")).toBeVisible();
    await expect(dialog.getByLabel("Password minimum length")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByLabel("Password minimum length").fill("12");
    await dialog.getByRole("checkbox", { name: /uppercase letter/ }).check();
    await dialog.getByRole("checkbox", { name: "Require at least one number" }).check();
    await dialog.getByRole("checkbox", { name: /non-alphanumeric/ }).check();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Password policy updated." })).toBeVisible();
    await expect(policy).toContainText("This AWS account uses the following custom password policy:");
    await expect(policy).toContainText("Password minimum length: 12 characters");
    await expect(policy).toContainText("Require at least one uppercase letter from the Latin alphabet (A-Z)");
  });

  await test.step("a weak password is refused with AWS's message, a strong one accepted", async () => {
    await createUserInConsole(page, userName);
    await page.goto(`/iam/users/${userName}?section=security_credentials`);
    await page.getByRole("button", { name: "Manage console access" }).click();
    const dialog = page.getByRole("dialog", { name: "Manage console access" });
    await dialog.getByLabel("Custom password").fill("weakpassword1!");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("PasswordPolicyViolation: Password should have at least one uppercase letter");
    await dialog.getByLabel("Custom password").fill("Short-1!");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("PasswordPolicyViolation: Password should have a minimum length of 12");
    await dialog.getByLabel("Custom password").fill(strong);
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Console access enabled for ${userName}.` })).toBeVisible();
    await expect(page.getByText("Enabled without MFA")).toBeVisible();
  });

  await test.step("the user signs in with the accepted password", async () => {
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identity, userName, strong);
    await signOut(page);
  });

  await test.step("admin restores the IAM default", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/account-settings");
    await editPolicy(page).click();
    const dialog = page.getByRole("dialog", { name: "Edit password policy" });
    await dialog.getByRole("radio", { name: /IAM default/ }).check();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(policy).toContainText("This AWS account uses the following default password policy:");
  });
});
