// Journey: account menu → Settings (Unified Settings) → Display → Visual mode. Dark is saved for the
// signed-in identity and rendered by the server into <html> (the page's first bytes already carry the
// class: no flash of light); Browser default follows prefers-color-scheme; Light is the default and the
// console exactly as before. Widgets that paint themselves follow too: Monaco takes its dark theme
// (vs-dark) and the access graph (xyflow) its dark colour mode on the console's dark surface. Breaks if
// the mode is kept in the browser only, applied after load, leaks to another identity, or leaves a
// white editor or graph on a dark page.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/change-visual-mode.html [INF: page name recalled]
import { expect, test } from "@playwright/test";
import {
  AttachUserPolicyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  DetachUserPolicyCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, accountMenu, signInAsIamUser, signOut } from "./support/sign-in";

const USER = `e2e-visual-${Date.now().toString(36)}`;
const PASSWORD = "Visual-Mode-1!";
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 29, 38)"; // --color-aws-surface in dark mode
const MONACO_LIGHT_BG = "rgb(255, 255, 254)"; // Monaco's "vs" theme
const MONACO_DARK_BG = "rgb(30, 30, 30)"; // Monaco's "vs-dark" theme
// The access graph reads the account's IAM entities.
const READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess";

let iam: IAMClient;
test.beforeAll(async ({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateUserCommand({ UserName: USER }));
  await iam.send(new CreateLoginProfileCommand({ UserName: USER, Password: PASSWORD }));
  await iam.send(new AttachUserPolicyCommand({ UserName: USER, PolicyArn: READ_ONLY }));
});
test.afterAll(async () => {
  await iam.send(new DetachUserPolicyCommand({ UserName: USER, PolicyArn: READ_ONLY })).catch(() => undefined);
  await iam.send(new DeleteLoginProfileCommand({ UserName: USER })).catch(() => undefined);
  await iam.send(new DeleteUserCommand({ UserName: USER })).catch(() => undefined);
});

test("a user chooses Dark, then Browser default; the server renders the mode; others keep Light", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, USER, PASSWORD);
  await expect(page.locator("html")).not.toHaveClass(/awsui-/);
  await expect(page.locator("body")).toHaveCSS("background-color", LIGHT_BG);

  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Unified Settings", level: 1 })).toBeVisible();
  const display = page.locator("section").filter({ has: page.getByRole("heading", { name: "Display", level: 2 }) });
  await expect(display.getByTestId("visual-mode")).toContainText("Light");

  await test.step("Dark: saved, applied at once, and in the server's HTML of every page", async () => {
    await display.getByRole("button", { name: "Edit" }).click();
    await display.getByRole("radio", { name: /^Dark/ }).check();
    await display.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Display settings updated." })).toBeVisible();
    await expect(page.locator("html")).toHaveClass(/awsui-dark-mode/);
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_BG);
    const html = await (await page.request.get("/iam/roles")).text();
    expect(html).toMatch(/<html[^>]*class="awsui-dark-mode"/);
    await page.goto("/iam/roles");
    await expect(page.getByRole("heading", { name: /Roles/, level: 1 })).toBeVisible();
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_BG);
  });

  await test.step("Dark: the policy editor (Monaco) and the access graph (xyflow) are dark too", async () => {
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
    const editor = page.locator("[data-testid=policy-editor][data-ready] .monaco-editor").first();
    await expect(editor).toHaveCSS("background-color", MONACO_DARK_BG, { timeout: 30_000 });
    await page.goto("/iam/access-graph");
    await expect(page.getByRole("group", { name: `User ${USER}` })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("region", { name: "Access graph drawing" })).toHaveCSS("background-color", DARK_BG);
    await expect(page.getByTestId("rf__minimap")).toHaveCSS("background-color", DARK_BG);
    await expect(page.getByRole("button", { name: "Zoom In" })).toHaveCSS("background-color", "rgb(43, 43, 43)"); // xyflow dark controls (#2b2b2b; light: #fefefe)
  });

  await test.step("Browser default follows prefers-color-scheme", async () => {
    await page.goto("/settings");
    await display.getByRole("button", { name: "Edit" }).click();
    await display.getByRole("radio", { name: /^Browser default/ }).check();
    await display.getByRole("button", { name: "Save settings" }).click();
    await expect(display.getByTestId("visual-mode")).toContainText("Browser default");
    await expect(page.locator("html")).toHaveClass(/awsui-browser-mode/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_BG);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("body")).toHaveCSS("background-color", LIGHT_BG);
    // An open editor follows the system's switch at once.
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: /^Custom trust policy/ }).check();
    const editor = page.locator("[data-testid=policy-editor][data-ready] .monaco-editor").first();
    await expect(editor).toHaveCSS("background-color", MONACO_LIGHT_BG, { timeout: 30_000 });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(editor).toHaveCSS("background-color", MONACO_DARK_BG);
    await page.emulateMedia({ colorScheme: "light" });
  });

  await test.step("another identity keeps its own (default) mode", async () => {
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await expect(page.locator("html")).not.toHaveClass(/awsui-/);
  });
});
