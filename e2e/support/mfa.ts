// Assigns a virtual MFA device to a user through the console (as the signed-in administrator) and
// returns its secret, so a journey can compute codes with lib/iam/mfa-devices/totp.
import { expect, type Page } from "@playwright/test";
import { totp } from "../../lib/iam/mfa-devices/totp";

export async function assignMfaInConsole(page: Page, accountId: string, userName: string, deviceName: string): Promise<string> {
  await page.goto(`/iam/users/${userName}?section=security_credentials`);
  await page.getByRole("button", { name: "Assign MFA device" }).click();
  const select = page.getByRole("dialog", { name: "Select MFA device" });
  await select.getByLabel("Device name").fill(deviceName);
  await select.getByRole("button", { name: "Next" }).click();
  const setup = page.getByRole("dialog", { name: "Set up device" });
  await expect(setup.getByRole("img", { name: "QR code" })).toBeVisible();
  await setup.getByRole("button", { name: "Show secret key" }).click();
  const secret = (await setup.getByLabel("Secret key").textContent()) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await setup.getByLabel("MFA code 1").fill(totp(secret, Date.now() - 30_000));
  await setup.getByLabel("MFA code 2").fill(totp(secret, Date.now()));
  await setup.getByRole("button", { name: "Add MFA" }).click();
  await expect(page.getByRole("status").filter({ hasText: `MFA device ${deviceName} assigned.` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`mfa/${deviceName}`) })).toContainText(`arn:aws:iam::${accountId}:mfa/${deviceName}`);
  return secret;
}

/** Removes a user's MFA device through the console (as the signed-in administrator). */
export async function removeMfaInConsole(page: Page, userName: string, deviceName: string) {
  await page.goto(`/iam/users/${userName}?section=security_credentials`);
  await page.getByRole("radio", { name: new RegExp(`mfa/${deviceName}`) }).check();
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await page.getByRole("dialog", { name: "Remove MFA device?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("status").filter({ hasText: "MFA device removed." })).toBeVisible();
}
