// Journey: account menu → Turn on multi-session support → Add session (another identity signs in while
// the first stays signed in) → each session listed with its own URL (/s/<id>) → switch between them →
// five sessions, and the sixth is refused with the limit message → Sign out ends only the current
// session → Turn off returns to single-session. Breaks if adding a session signs the first out, if a
// URL can pick an identity the browser never signed in as, or if a sixth identity gets in.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html [INF: page recalled]
import { expect, test, type Page } from "@playwright/test";
import { CreateLoginProfileCommand, CreateUserCommand, DeleteLoginProfileCommand, DeleteUserCommand, type IAMClient } from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, accountMenu, signInAsIamUser, submitIamUser } from "./support/sign-in";

const RUN = Date.now().toString(36);
const EXTRA = [1, 2, 3].map((i) => `e2e-ms${i}-${RUN}`);
const PASSWORD = "Multi-Session-1!";
const ACCT = "1111-1111-1111";

let iam: IAMClient;
test.beforeAll(async ({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  for (const u of EXTRA) {
    await iam.send(new CreateUserCommand({ UserName: u }));
    await iam.send(new CreateLoginProfileCommand({ UserName: u, Password: PASSWORD }));
  }
});
test.afterAll(async () => {
  for (const u of EXTRA) {
    await iam.send(new DeleteLoginProfileCommand({ UserName: u })).catch(() => undefined);
    await iam.send(new DeleteUserCommand({ UserName: u })).catch(() => undefined);
  }
});

async function addSession(page: Page, userName: string, password: string) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Add session" }).click();
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await submitIamUser(page, SANDBOX.identity, userName, password);
  await expect(accountMenu(page, `Account menu: ${userName}`)).toBeVisible();
}

const sessionItem = (page: Page, userName: string) => page.getByRole("menuitem", { name: new RegExp(`^${userName} @ ${ACCT}`) });

test("five identities in one browser, each with its own URL; the sixth is refused", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await accountMenu(page).click();
  const reloaded = page.waitForEvent("load");
  await page.getByRole("menuitem", { name: "Turn on multi-session support" }).click();
  await reloaded;
  await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
  await accountMenu(page).click();
  await expect(sessionItem(page, "admin")).toContainText("(current)");
  await page.keyboard.press("Escape");

  await test.step("Add session signs alice in; admin stays signed in, and each has its own URL", async () => {
    await addSession(page, "alice", SANDBOX.alicePassword);
    await accountMenu(page).click();
    await expect(sessionItem(page, "alice")).toContainText("(current)");
    const adminUrl = await sessionItem(page, "admin").getAttribute("href");
    expect(adminUrl).toMatch(/^\/s\/[a-z0-9]{8}$/);
    await sessionItem(page, "admin").click();
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
    await page.goto("/s/zzzzzzzz"); // an id this browser never signed in as changes nothing
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
  });

  await test.step("up to five sessions; a sixth is refused", async () => {
    await addSession(page, EXTRA[0], PASSWORD);
    await addSession(page, EXTRA[1], PASSWORD);
    await addSession(page, EXTRA[2], PASSWORD);
    await accountMenu(page).click();
    await expect(page.getByRole("menuitem", { name: new RegExp(` @ ${ACCT}`) })).toHaveCount(5);
    await page.getByRole("menuitem", { name: "Add session" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "You can have up to 5 active sessions." })).toBeVisible();
    await expect(page.getByLabel("IAM user name")).toHaveCount(0);
  });

  await test.step("Sign out ends only the current session; Turn off returns to one session", async () => {
    await page.goto("/iam");
    await accountMenu(page, `Account menu: ${EXTRA[2]}`).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
    await accountMenu(page).click();
    await expect(page.getByRole("menuitem", { name: new RegExp(` @ ${ACCT}`) })).toHaveCount(4);
    await page.getByRole("menuitem", { name: "Turn off multi-session support" }).click();
    await expect(accountMenu(page)).toBeVisible();
    await accountMenu(page).click();
    await expect(page.getByRole("menuitem", { name: "Turn on multi-session support" })).toBeVisible();
  });
});
