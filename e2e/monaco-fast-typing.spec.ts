// Demo kit (training-spec §11.3): `page.keyboard.type()` at Playwright's default speed (no delay) must
// keep every character in every Monaco editor of the console. With @monaco-editor/react in controlled
// mode, a re-render carrying a stale `value` wrote older text over new keystrokes (a 195-character
// policy kept only 107-146). What would silently break: any editor dropping or reordering characters,
// or the page's own state (what Save sends) missing what the editor shows.
import { CreatePolicyCommand, CreateRoleCommand, GetRoleCommand, PutRolePolicyCommand } from "@aws-sdk/client-iam";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { switchToJsonEditor } from "./support/policy-editor";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const stamp = Date.now();
const ROLE = `FastTyping-${stamp}`;
const INLINE = `FastTypingInline-${stamp}`;
const MANAGED = `FastTypingManaged-${stamp}`;
const MANAGED_ARN = `arn:aws:iam::${SANDBOX.identity}:policy/${MANAGED}`;

// Compact (no spaces, no newlines: Monaco would auto-indent after Enter) and about 200 characters each.
const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "FastTyping",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${SANDBOX.identity}:user/alice` },
      Action: "sts:AssumeRole",
      Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
    },
  ],
});
const PERMISSIONS = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "FastTypingRead", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::demo-bucket", "arn:aws:s3:::demo-bucket/*"] }],
});

/** The text Monaco shows (its rendered lines; spaces render as U+00A0). */
async function shownText(editor: Locator): Promise<string> {
  const lines = await editor.locator(".view-lines .view-line").allTextContents();
  return lines.join("\n").replace(/\u00a0/g, " ");
}

/** As a demo does (docs/demo-names.md): focus the editor's textbox by its name, select all, type. */
async function typeFast(page: Page, editor: Locator, name: string, text: string) {
  await page.getByRole("textbox", { name, exact: true }).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
  await expect.poll(() => shownText(editor), { message: "every typed character arrives" }).toBe(text);
}

const readyEditor = (page: Page) => page.locator("[data-testid=policy-editor][data-ready]");

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trustPolicy({ Service: "ec2.amazonaws.com" }) }));
  await iam.send(new PutRolePolicyCommand({ RoleName: ROLE, PolicyName: INLINE, PolicyDocument: PERMISSIONS }));
  await iam.send(new CreatePolicyCommand({ PolicyName: MANAGED, PolicyDocument: PERMISSIONS }));
});

test("every Monaco editor keeps every character typed at full speed", async ({ page, baseURL }) => {
  // keyboard.type of ~200 characters took about 10 s per editor on a heavily loaded 2-core machine.
  test.setTimeout(240_000);
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await test.step("Create role → Custom trust policy", async () => {
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: "Custom trust policy", exact: true }).check();
    const editor = readyEditor(page);
    await expect(editor).toBeVisible({ timeout: 30_000 });
    await typeFast(page, editor, "Custom trust policy", TRUST);
    await expect(page.getByRole("button", { name: "Next", exact: true })).toBeEnabled({ timeout: 15_000 });
  });
  await test.step("Edit trust policy: what is saved is what was typed", async () => {
    await page.goto(`/iam/roles/${ROLE}/edit-trust-policy`);
    const editor = readyEditor(page);
    await expect(editor).toBeVisible({ timeout: 30_000 });
    await typeFast(page, editor, "Trust policy editor", TRUST);
    await expect(page.getByRole("button", { name: "Update policy" })).toBeEnabled({ timeout: 15_000 });
    await page.getByRole("button", { name: "Update policy" }).click();
    await expect(page).toHaveURL(/tab=trust/);
    const role = await iamClient(baseURL!, ADMIN_KEYS.identity).send(new GetRoleCommand({ RoleName: ROLE }));
    expect(JSON.parse(decodeURIComponent(role.Role!.AssumeRolePolicyDocument!))).toEqual(JSON.parse(TRUST));
  });
  const pages: [string, string][] = [
    ["Create policy", "/iam/policies/create"],
    ["Edit policy", `/iam/policies/details/${encodeURIComponent(MANAGED_ARN)}/edit`],
    ["Create inline policy", `/iam/roles/${ROLE}/create-inline-policy`],
    ["Edit inline policy", `/iam/roles/${ROLE}/inline-policies/${INLINE}/edit`],
  ];
  for (const [name, url] of pages) {
    await test.step(name, async () => {
      await page.goto(url);
      const editor = await switchToJsonEditor(page);
      await typeFast(page, editor, "Policy editor", PERMISSIONS);
    });
  }
});
