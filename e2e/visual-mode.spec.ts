// Journey: account menu → Settings (Unified Settings) → Display → Visual mode. Dark is saved for the
// signed-in identity and rendered by the server into <html> (the page's first bytes already carry the
// class: no flash of light); Browser default follows prefers-color-scheme; Light is the default and the
// console exactly as before. Breaks if the mode is kept in the browser only, applied after load, or
// leaks to another identity.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/change-visual-mode.html [INF: page name recalled]
import { expect, test } from "@playwright/test";
import { CreateLoginProfileCommand, CreateUserCommand, DeleteLoginProfileCommand, DeleteUserCommand, type IAMClient } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, accountMenu, signInAsIamUser, signOut } from "./support/sign-in";

const USER = `e2e-visual-${Date.now().toString(36)}`;
const PASSWORD = "Visual-Mode-1!";
const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 29, 38)"; // --color-aws-surface in dark mode

let iam: IAMClient;
test.beforeAll(async ({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateUserCommand({ UserName: USER }));
  await iam.send(new CreateLoginProfileCommand({ UserName: USER, Password: PASSWORD }));
});
test.afterAll(async () => {
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
  });

  await test.step("another identity keeps its own (default) mode", async () => {
    await signOut(page);
    await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await expect(page.locator("html")).not.toHaveClass(/awsui-/);
  });
});
