// Journeys: the role's session settings as STS honours them. (c) Edit → Maximum session duration
// 12 hours, then AssumeRole with DurationSeconds 43200 succeeds and 43201 fails with ValidationError.
// (d) Revoke sessions: credentials issued before the click lose iam:ListRoles (GetCallerIdentity
// still answers, as in AWS) while fresh credentials work. What would silently break: the console
// saving a duration STS ignores, or revocation not reaching sessions already handed out.
import { expect, test, type Page } from "@playwright/test";
import { AttachRolePolicyCommand, CreateRoleCommand, ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ADMIN_KEYS, iamClient, stsClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const stamp = Date.now();
const LONG_ROLE = `LongSessions-${stamp}`;
const REVOKE_ROLE = `RevokeMe-${stamp}`;
const rootTrust = trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` });
const roleArn = (name: string) => `arn:aws:iam::${SANDBOX.identity}:role/${name}`;

async function assume(baseURL: string, name: string, durationSeconds?: number) {
  const sts = stsClient(baseURL, ADMIN_KEYS.identity);
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn(name), RoleSessionName: `e2e-${Date.now()}`, DurationSeconds: durationSeconds }));
  const c = out.Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

async function errorName(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "resolved",
    (e: { name?: string }) => e.name ?? "unknown",
  );
}

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateRoleCommand({ RoleName: LONG_ROLE, AssumeRolePolicyDocument: rootTrust }));
  await iam.send(new CreateRoleCommand({ RoleName: REVOKE_ROLE, AssumeRolePolicyDocument: rootTrust }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: REVOKE_ROLE, PolicyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }));
});

test.beforeEach(async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
});

async function openRole(page: Page, name: string) {
  await page.goto(`/iam/roles/${name}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test("maximum session duration 12 hours is honoured by AssumeRole", async ({ page, baseURL }) => {
  await test.step("before: 43200 seconds exceeds the default 1 hour", async () => {
    expect(await errorName(assume(baseURL!, LONG_ROLE, 43200))).toBe("ValidationError");
  });

  await test.step("Summary → Edit → 12 hours → Save changes", async () => {
    await openRole(page, LONG_ROLE);
    await expect(page.getByText("Link to switch roles in console")).toBeVisible();
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${LONG_ROLE}` });
    await dialog.getByLabel("Maximum session duration").selectOption({ label: "12 hours" });
    await dialog.getByLabel("Description").fill("Long-running batch sessions");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText("12 hours", { exact: true })).toBeVisible();
    await expect(page.getByText("Long-running batch sessions")).toBeVisible();
  });

  await test.step("custom duration outside 3600–43200 cannot be saved", async () => {
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${LONG_ROLE}` });
    await dialog.getByLabel("Maximum session duration").selectOption({ label: "Custom duration" });
    await dialog.getByLabel("Duration in seconds").fill("43201");
    await expect(dialog.getByText("Enter a value between 3600 and 43200 seconds.")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Save changes" })).toBeDisabled();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("STS: 43200 succeeds, 43201 is a ValidationError", async () => {
    const creds = await assume(baseURL!, LONG_ROLE, 43200);
    const who = await stsClient(baseURL!, creds).send(new GetCallerIdentityCommand({}));
    expect(who.Arn).toMatch(new RegExp(`:assumed-role/${LONG_ROLE}/`));
    expect(await errorName(assume(baseURL!, LONG_ROLE, 43201))).toBe("ValidationError");
  });
});

test("revoke active sessions denies older credentials and spares new ones", async ({ page, baseURL }) => {
  const old = await assume(baseURL!, REVOKE_ROLE);

  await test.step("the session works before revocation", async () => {
    await stsClient(baseURL!, old).send(new GetCallerIdentityCommand({}));
    const roles = await iamClient(baseURL!, old).send(new ListRolesCommand({}));
    expect(roles.Roles?.length).toBeGreaterThan(0);
  });

  await test.step("Revoke sessions tab: acknowledge, then Revoke active sessions", async () => {
    await openRole(page, REVOKE_ROLE);
    await page.getByRole("tab", { name: "Revoke sessions" }).click();
    await page.getByRole("button", { name: "Revoke active sessions" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke active sessions?" });
    const confirm = dialog.getByRole("button", { name: "Revoke active sessions" });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole("checkbox", { name: "I acknowledge that I am revoking all active sessions for this role." }).click();
    await confirm.click();
    await expect(page.getByRole("status").filter({ hasText: `Active sessions for role ${REVOKE_ROLE} revoked.` })).toBeVisible();
    await page.getByRole("tab", { name: "Permissions" }).click();
    await expect(page.getByRole("row", { name: /AWSRevokeOlderSessions/ })).toContainText("Customer inline");
  });

  await test.step("old credentials: AccessDenied on iam:ListRoles, GetCallerIdentity still answers", async () => {
    expect(await errorName(iamClient(baseURL!, old).send(new ListRolesCommand({})))).toBe("AccessDenied");
    await stsClient(baseURL!, old).send(new GetCallerIdentityCommand({}));
  });

  await test.step("fresh credentials work", async () => {
    // aws:TokenIssueTime has whole-second precision: a session issued in the revocation's second
    // still counts as older, as in AWS.
    await page.waitForTimeout(1100);
    const fresh = await assume(baseURL!, REVOKE_ROLE);
    const roles = await iamClient(baseURL!, fresh).send(new ListRolesCommand({}));
    expect(roles.Roles?.length).toBeGreaterThan(0);
  });
});
