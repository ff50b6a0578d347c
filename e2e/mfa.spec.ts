// Journey: admin assigns a virtual MFA device to alice through the UI (secret read via "Show secret
// key", two consecutive codes computed here); alice is then asked for an MFA code, a wrong code gets
// the generic message, the next step's code works (the enabling codes were consumed). Admin then
// removes the device. Breaks silently if enabling stops recording the last used step (codes become
// replayable) or sign-in stops asking for MFA.
import { expect, test } from "@playwright/test";
import { totp } from "../lib/iam/mfa-devices/totp";
import { assignMfaInConsole, removeMfaInConsole } from "./support/mfa";
import { SANDBOX, fillIamUser, signInAsIamUser, signOut } from "./support/sign-in";

const GENERIC = "Your authentication information is incorrect. Please try again.";

test("admin assigns MFA to alice; alice must then sign in with a fresh code", async ({ page }) => {
  const deviceName = `alice-e2e-${Date.now().toString(36)}`;
  let secret = "";

  await test.step("admin opens alice's security credentials", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/users/alice?section=security_credentials");
    await expect(page.getByRole("heading", { name: /Multi-factor authentication \(MFA\) \(0\)/ })).toBeVisible();
  });

  await test.step("assign a device: name it, read the secret, enter two consecutive codes", async () => {
    secret = await assignMfaInConsole(page, SANDBOX.identity, "alice", deviceName);
    await expect(page.getByText("Enabled with MFA")).toBeVisible();
    await signOut(page);
  });

  await test.step("alice is asked for an MFA code; a wrong code fails generically", async () => {
    await fillIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await expect(page.getByLabel("MFA code")).toBeVisible();
    // A code ten minutes out is outside the accepted window.
    await page.getByLabel("MFA code").fill(totp(secret, Date.now() + 600_000));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("alert").filter({ hasText: GENERIC })).toHaveText(GENERIC);
  });

  await test.step("the next step's code signs alice in", async () => {
    await fillIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await page.getByLabel("MFA code").fill(totp(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("button", { name: "Account menu: alice" })).toBeVisible();
    await signOut(page);
  });

  await test.step("admin removes the device, so alice signs in with a password again", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await removeMfaInConsole(page, "alice", deviceName);
    await expect(page.getByRole("heading", { name: /Multi-factor authentication \(MFA\) \(0\)/ })).toBeVisible();
  });
});
