// Journey: signing in to the sandbox as an IAM user (by account ID and by alias) and as root,
// the generic failure message, and per-identity throttling. Breaks silently if sign-in starts
// revealing which part was wrong, or if one identity's throttle blocks everyone.
import { expect, test } from "@playwright/test";
import { createUserInConsole } from "./support/users";
import { SANDBOX, accountMenu, fillIamUser, signInAsIamUser, signInAsRoot, signInError, signOut } from "./support/sign-in";

const GENERIC = "Your authentication information is incorrect. Please try again.";

test("IAM user admin signs in by account ID and by alias, sees users with ARNs, signs out", async ({ page }) => {
  await test.step("sign in by account ID", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  });
  await test.step("the account menu shows the hyphenated account ID", async () => {
    await accountMenu(page, "Account menu: admin").click();
    await expect(page.getByTestId("account-id")).toHaveText("1111-1111-1111");
    await page.keyboard.press("Escape");
  });
  await test.step("Users lists admin and alice with their ARNs", async () => {
    await page.getByRole("navigation", { name: "IAM" }).getByRole("link", { name: "Users" }).click();
    const table = page.getByRole("table", { name: "Users" });
    await expect(table.getByRole("row", { name: /alice/ })).toContainText("arn:aws:iam::111111111111:user/alice");
    await expect(table.getByRole("row", { name: /admin/ })).toContainText("arn:aws:iam::111111111111:user/admin");
    // Other journeys add users to the shared test database: count only that a count is shown.
    await expect(page.getByRole("heading", { name: /Users \(\d+\)/ })).toBeVisible();
  });
  await test.step("the dashboard's sign-in URL is this server's, and it fills in the account", async () => {
    await page.goto("/iam");
    const url = page.getByTestId("sign-in-url");
    await expect(url).toHaveText(`${new URL(page.url()).origin}/signin?account=${SANDBOX.identityAlias}`);
    const target = (await url.textContent())!;
    await signOut(page);
    await page.goto(target);
    await expect(page.getByLabel("Account ID (12 digits) or account alias")).toHaveValue(SANDBOX.identityAlias);
  });
  await test.step("sign out, then sign in by alias", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identityAlias, "admin", SANDBOX.adminPassword);
    await signOut(page);
  });
});

test("root user signs in by email", async ({ page }) => {
  await signInAsRoot(page, SANDBOX.root.email, SANDBOX.root.password);
  await accountMenu(page, "Account menu: identity").click();
  await expect(page.getByText("Root user")).toBeVisible();
});

test("wrong credentials get one generic message, whichever part was wrong", async ({ page }) => {
  for (const [account, user, password] of [
    [SANDBOX.identity, "admin", "wrong-password"],
    [SANDBOX.identity, "nobody", SANDBOX.adminPassword],
    ["999999999999", "admin", SANDBOX.adminPassword],
  ]) {
    await fillIamUser(page, account, user, password);
    await expect(signInError(page)).toHaveText(GENERIC);
  }
});

test("20 rapid wrong attempts are throttled for that user while another user still signs in", async ({ page }) => {
  // A user of its own, so no other journey finds alice throttled.
  const userName = `throttled-${Date.now()}`;
  const password = "Throttle-Target-1!";
  await test.step("admin creates the target user", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await createUserInConsole(page, userName, password);
    await signOut(page);
  });
  await test.step("20 wrong passwords, alternating account ID and alias", async () => {
    for (let i = 0; i < 20; i++) {
      await fillIamUser(page, i % 2 ? SANDBOX.identityAlias : SANDBOX.identity, userName, `wrong-${i}`);
      await expect(signInError(page)).toBeVisible();
    }
    await expect(signInError(page)).toContainText("Too many failed sign-in attempts");
  });
  await test.step("even the right password is refused while throttled", async () => {
    await fillIamUser(page, SANDBOX.identity, userName, password);
    await expect(signInError(page)).toContainText("Too many failed sign-in attempts");
  });
  await test.step("another user from the same client is not blocked", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  });
});
