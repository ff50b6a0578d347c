// Journey: on a new user's Security credentials tab the admin uploads an SSH public key for CodeCommit
// (shown in the SSH and PEM encodings, made inactive, deleted), generates HTTPS Git credentials (the
// password shown once, downloadable, gone after a reload; reset; made inactive; deleted), Keyspaces
// credentials and a Bedrock API key with an expiry. Breaks if a list starts carrying secrets, or the
// sections stop reaching IAM's own rules (quota, duplicate key).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_ssh-keys.html
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_service-specific-creds.html
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { RSA_2048, RSA_2048_MD5 } from "../lib/iam/ssh-public-keys/test-keys";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";
import { createUserInConsole } from "./support/users";

const USER = `creds-${Date.now().toString(36)}`;
const section = (page: Page, title: string) => page.locator("section", { has: page.getByRole("heading", { name: new RegExp(`^${title.replace(/[()]/g, "\\$&")}`) }) });

test("SSH public keys and service-specific credentials on a user's Security credentials tab", async ({ page }) => {
  await test.step("a new user's Security credentials tab", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await createUserInConsole(page, USER);
    await page.goto(`/iam/users/${USER}`);
    await page.getByRole("tab", { name: "Security credentials" }).click();
    await expect(page.getByRole("heading", { name: /SSH public keys for AWS CodeCommit \(0\)/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /HTTPS Git credentials for AWS CodeCommit \(0\)/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Credentials for Amazon Keyspaces \(for Apache Cassandra\) \(0\)/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /API keys for Amazon Bedrock \(0\)/ })).toBeVisible();
  });

  const ssh = section(page, "SSH public keys for AWS CodeCommit");
  let keyId = "";
  await test.step("upload an SSH public key; the same key again is refused", async () => {
    await ssh.getByRole("button", { name: "Upload SSH public key" }).click();
    const dialog = page.getByRole("dialog", { name: "Upload SSH public key" });
    await dialog.getByLabel("SSH public key").fill(RSA_2048);
    await dialog.getByRole("button", { name: "Upload SSH public key" }).click();
    const flash = page.getByRole("status").filter({ hasText: /SSH public key APKA[A-Z2-7]{16} uploaded\./ });
    await expect(flash).toBeVisible();
    keyId = /APKA[A-Z2-7]{16}/.exec((await flash.textContent()) ?? "")?.[0] ?? "";
    await expect(ssh.getByRole("row", { name: new RegExp(keyId) })).toContainText("Active");

    await ssh.getByRole("button", { name: "Upload SSH public key" }).click();
    const again = page.getByRole("dialog", { name: "Upload SSH public key" });
    await again.getByLabel("SSH public key").fill(RSA_2048);
    await again.getByRole("button", { name: "Upload SSH public key" }).click();
    await expect(again.getByRole("alert")).toContainText("DuplicateSSHPublicKey");
    await again.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("show the key in the SSH and PEM encodings, with its fingerprint", async () => {
    await ssh.getByRole("row", { name: new RegExp(keyId) }).getByRole("button", { name: "Show SSH key" }).click();
    const dialog = page.getByRole("dialog", { name: `SSH public key ${keyId}` });
    await expect(dialog.getByText(RSA_2048_MD5)).toBeVisible();
    await expect(dialog.getByLabel("SSH public key body")).toHaveText(RSA_2048.split(" ").slice(0, 2).join(" "));
    await dialog.getByRole("radio", { name: "PEM" }).check();
    await expect(dialog.getByLabel("SSH public key body")).toContainText("-----BEGIN PUBLIC KEY-----");
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
  });

  await test.step("make the key inactive, then delete it", async () => {
    const row = ssh.getByRole("row", { name: new RegExp(keyId) });
    await row.getByRole("button", { name: "Make inactive" }).click();
    await expect(row).toContainText("Inactive");
    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: `Delete SSH public key ${keyId}?` }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: `SSH public key ${keyId} deleted.` })).toBeVisible();
    await expect(page.getByRole("heading", { name: /SSH public keys for AWS CodeCommit \(0\)/ })).toBeVisible();
  });

  const git = section(page, "HTTPS Git credentials for AWS CodeCommit");
  const gitUser = `${USER}-at-${SANDBOX.identity}`;
  let password = "";
  await test.step("generate Git credentials: user name and password shown once, with a download", async () => {
    await git.getByRole("button", { name: "Generate credentials" }).click();
    const dialog = page.getByRole("dialog", { name: "Credentials generated" });
    await expect(dialog.getByLabel("User name", { exact: true })).toHaveText(gitUser);
    await expect(dialog.getByLabel("Password", { exact: true })).toHaveText(/^\*{40}$/);
    await dialog.getByRole("button", { name: "Show" }).click();
    password = (await dialog.getByLabel("Password", { exact: true }).textContent()) ?? "";
    expect(password).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("link", { name: "Download credentials" }).click()]);
    expect(download.suggestedFilename()).toBe(`${gitUser}_credentials.csv`);
    expect(await readFile((await download.path()) ?? "", "utf8")).toBe(`User Name,Password\r\n"${gitUser}","${password}"\r\n`);
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(git.getByRole("row", { name: new RegExp(gitUser) })).toContainText("Active");
  });

  await test.step("after a reload the credential is listed but its password is gone", async () => {
    await page.reload();
    await page.getByRole("tab", { name: "Security credentials" }).click();
    await expect(git.getByRole("row", { name: new RegExp(gitUser) })).toBeVisible();
    expect(await page.content()).not.toContain(password);
  });

  await test.step("reset the password: a new one, shown once", async () => {
    await git.getByRole("row", { name: new RegExp(gitUser) }).getByRole("button", { name: "Reset password" }).click();
    await page.getByRole("dialog", { name: `Reset password for ${gitUser}?` }).getByRole("button", { name: "Reset password" }).click();
    const dialog = page.getByRole("dialog", { name: "New password generated" });
    await dialog.getByRole("button", { name: "Show" }).click();
    const fresh = (await dialog.getByLabel("Password", { exact: true }).textContent()) ?? "";
    expect(fresh).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(fresh).not.toBe(password);
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
  });

  await test.step("make the Git credentials inactive and active again, then delete them", async () => {
    const row = git.getByRole("row", { name: new RegExp(gitUser) });
    await row.getByRole("button", { name: "Make inactive" }).click();
    await expect(row).toContainText("Inactive");
    await row.getByRole("button", { name: "Make active" }).click();
    await expect(row.getByRole("button", { name: "Make inactive" })).toBeVisible();
    await row.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: `Delete credentials ${gitUser}?` }).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Credentials ${gitUser} deleted.` })).toBeVisible();
    await expect(page.getByRole("heading", { name: /HTTPS Git credentials for AWS CodeCommit \(0\)/ })).toBeVisible();
  });

  await test.step("Keyspaces: two sets at most", async () => {
    const keyspaces = section(page, "Credentials for Amazon Keyspaces (for Apache Cassandra)");
    for (let i = 0; i < 2; i++) {
      await keyspaces.getByRole("button", { name: "Generate credentials" }).click();
      await page.getByRole("dialog", { name: "Credentials generated" }).getByRole("button", { name: "Close", exact: true }).click();
    }
    await expect(page.getByRole("heading", { name: /Credentials for Amazon Keyspaces \(for Apache Cassandra\) \(2\)/ })).toBeVisible();
    await expect(keyspaces.getByRole("button", { name: "Generate credentials" })).toBeDisabled();
  });

  await test.step("Bedrock: an API key that expires in 30 days", async () => {
    const bedrock = section(page, "API keys for Amazon Bedrock");
    await bedrock.getByRole("button", { name: "Generate API key" }).click();
    const ask = page.getByRole("dialog", { name: "Generate API key" });
    await ask.getByLabel("API key expiration").selectOption("30 days");
    await ask.getByRole("button", { name: "Generate API key" }).click();
    const dialog = page.getByRole("dialog", { name: "API key generated" });
    await expect(dialog.getByText(new RegExp(`BedrockAPIKey-${USER}-at-${SANDBOX.identity}`))).toBeVisible();
    await dialog.getByRole("button", { name: "Show" }).click();
    await expect(dialog.getByLabel("API key", { exact: true })).toHaveText(/^ABSK/);
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(bedrock.getByRole("row", { name: /BedrockAPIKey/ })).toContainText("Active");
    await expect(bedrock.getByRole("row", { name: /BedrockAPIKey/ })).not.toContainText("Never");
  });

  await test.step("the user is deleted with its credentials", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").fill(USER);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `User ${USER} deleted.` })).toBeVisible();
  });
});
