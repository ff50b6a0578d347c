// Journey: account menu → Turn on multi-session support → Add session (another identity signs in while
// the first stays signed in) → each session listed with its own URL (/s/<id>) → switch between them →
// five sessions, and the sixth is refused with the limit message → Sign out ends only the current
// session → Turn off returns to single-session. Then two tabs of one browser working at once as two
// identities of two accounts (each tab's pages under its session's /s/<id>/). Breaks if adding a
// session signs the first out, if a URL can pick an identity the browser never signed in as, if a
// sixth identity gets in, or if one tab's sign-in, navigation or change moves another tab's identity.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html [INF: page recalled]
import { expect, test, type Page } from "@playwright/test";
import {
  AttachUserPolicyCommand,
  CreateLoginProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteLoginProfileCommand,
  DeleteRoleCommand,
  DeleteUserCommand,
  DetachUserPolicyCommand,
  GetRoleCommand,
  GetUserCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, accountMenu, signInAsIamUser, submitIamUser } from "./support/sign-in";
import { INTRO_COOKIE } from "../components/switch-role/intro-cookie";

const RUN = Date.now().toString(36);
const EXTRA = [1, 2, 3].map((i) => `e2e-ms${i}-${RUN}`);
const PASSWORD = "Multi-Session-1!";
const ACCT = "1111-1111-1111";

// The second tab's identity: an IAM user of the workload account, allowed to manage IAM there.
const WORKLOAD_USER = `e2e-msw-${RUN}`;
const IAM_FULL = "arn:aws:iam::aws:policy/IAMFullAccess";
// A role in the identity account that admin may switch to (the account trusts its own principals).
const SWITCH_ROLE = `e2e-ms-switch-${RUN}`;

let iam: IAMClient;
let workload: IAMClient;
test.beforeAll(async ({ baseURL }) => {
  iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  workload = iamClient(baseURL!, ADMIN_KEYS.workload);
  for (const u of EXTRA) {
    await iam.send(new CreateUserCommand({ UserName: u }));
    await iam.send(new CreateLoginProfileCommand({ UserName: u, Password: PASSWORD }));
  }
  await workload.send(new CreateUserCommand({ UserName: WORKLOAD_USER }));
  await workload.send(new CreateLoginProfileCommand({ UserName: WORKLOAD_USER, Password: PASSWORD }));
  await workload.send(new AttachUserPolicyCommand({ UserName: WORKLOAD_USER, PolicyArn: IAM_FULL }));
  await iam.send(new CreateRoleCommand({ RoleName: SWITCH_ROLE, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }) }));
});
test.afterAll(async () => {
  for (const u of EXTRA) {
    await iam.send(new DeleteLoginProfileCommand({ UserName: u })).catch(() => undefined);
    await iam.send(new DeleteUserCommand({ UserName: u })).catch(() => undefined);
  }
  await workload.send(new DetachUserPolicyCommand({ UserName: WORKLOAD_USER, PolicyArn: IAM_FULL })).catch(() => undefined);
  await workload.send(new DeleteLoginProfileCommand({ UserName: WORKLOAD_USER })).catch(() => undefined);
  await workload.send(new DeleteUserCommand({ UserName: WORKLOAD_USER })).catch(() => undefined);
  await iam.send(new DeleteRoleCommand({ RoleName: SWITCH_ROLE })).catch(() => undefined);
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
    await expect(page).toHaveURL(new RegExp(`${adminUrl}/iam$`));
    await page.goto("/s/zzzzzzzz"); // an id this browser never signed in as changes nothing
    await expect(accountMenu(page, "Account menu: admin")).toBeVisible();
    // A page of a session this browser does not hold is the sign-in page, never another identity's.
    await page.goto("/s/zzzzzzzz/iam/roles");
    await expect(page).toHaveURL(/\/signin\?addSession=1$/);
    await expect(page.getByLabel("IAM user name")).toBeVisible();
    await page.goto("/iam");
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
    // A full load follows the server action: wait for it, or the menu opened next is the old page's.
    const reloaded = page.waitForEvent("load");
    await page.getByRole("menuitem", { name: "Turn off multi-session support" }).click();
    await reloaded;
    await expect(accountMenu(page)).toBeVisible();
    await accountMenu(page).click();
    await expect(page.getByRole("menuitem", { name: "Turn on multi-session support" })).toBeVisible();
  });
});

const tabUrl = (page: Page) => new URL(page.url()).pathname.match(/^\/s\/[a-z0-9]{8}/)?.[0];

test("two tabs at once: an identity-account admin in one, a workload-account user in the other", async ({ page: tabA, context, baseURL }) => {
  // The Switch Role explainer was dismissed before: the page opens on its form.
  await context.addCookies([{ name: INTRO_COOKIE, value: "1", url: baseURL! }]);
  await signInAsIamUser(tabA, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await accountMenu(tabA).click();
  await tabA.getByRole("menuitem", { name: "Turn on multi-session support" }).click();
  await expect(tabA).toHaveURL(/\/s\/[a-z0-9]{8}\/iam$/);
  const a = tabUrl(tabA)!;

  const tabB = await context.newPage();
  await test.step("a second tab adds a session for a workload-account user; the first tab stays admin", async () => {
    await tabB.goto("/signin?addSession=1");
    await expect(tabB.locator("form[data-hydrated]")).toBeVisible();
    await submitIamUser(tabB, SANDBOX.workload, WORKLOAD_USER, PASSWORD);
    await expect(accountMenu(tabB, `Account menu: ${WORKLOAD_USER}`)).toBeVisible();
    await expect(tabB).toHaveURL(/\/s\/[a-z0-9]{8}\/iam$/);
    expect(tabUrl(tabB)).not.toBe(a);
    // The workload user is now the browser's default session; tab A is still admin, on reload too.
    await tabA.reload();
    await expect(accountMenu(tabA, "Account menu: admin")).toBeVisible();
    await expect(tabA).toHaveURL(new RegExp(`${a}/iam$`));
  });

  const roleName = `e2e-ms-cfn-${RUN}`;
  await test.step("tab A creates a role through its links and wizard: it lands in the identity account", async () => {
    await tabA.getByRole("navigation", { name: "IAM", exact: true }).getByRole("link", { name: "Roles", exact: true }).click();
    await expect(tabA).toHaveURL(new RegExp(`${a}/iam/roles$`));
    await tabA.getByRole("link", { name: "Create role" }).click();
    await expect(tabA).toHaveURL(new RegExp(`${a}/iam/roles/create$`));
    const service = tabA.getByRole("combobox", { name: "Service or use case" });
    await service.click();
    await service.fill("cloudform");
    await expect(tabA.getByRole("option")).toHaveText(["CloudFormation"]);
    await service.press("Enter");
    await tabA.getByRole("radio", { name: /^CloudFormation\s*Allows/ }).check();
    const next = tabA.getByRole("button", { name: "Next", exact: true });
    await next.click();
    // Meanwhile tab B reads its own account's roles.
    await tabB.getByRole("navigation", { name: "IAM", exact: true }).getByRole("link", { name: "Roles", exact: true }).click();
    await expect(tabB).toHaveURL(new RegExp(`${tabUrl(tabB)}/iam/roles$`));
    await expect(tabB.getByRole("heading", { name: /Roles/, level: 1 })).toBeVisible();
    await next.click();
    await expect(tabA.getByRole("heading", { name: "Name, review, and create" })).toBeVisible();
    await tabA.getByLabel("Role name").fill(roleName);
    await tabA.getByRole("button", { name: "Create role" }).click();
    await expect(tabA.getByText(`Role ${roleName} created.`)).toBeVisible();
    await expect(tabA).toHaveURL(new RegExp(`${a}/iam/roles$`));
    await expect(accountMenu(tabA, "Account menu: admin")).toBeVisible();
    expect((await iam.send(new GetRoleCommand({ RoleName: roleName }))).Role?.Arn).toBe(`arn:aws:iam::${SANDBOX.identity}:role/${roleName}`);
    await expect(workload.send(new GetRoleCommand({ RoleName: roleName }))).rejects.toMatchObject({ name: "NoSuchEntityException" });
  });

  const userName = `e2e-ms-byb-${RUN}`;
  await test.step("tab B lists its roles (not A's) and creates a user: it lands in the workload account", async () => {
    await tabB.reload();
    await tabB.getByRole("searchbox", { name: "Search roles" }).fill(roleName);
    await expect(tabB.getByText(/^0 matches$/)).toBeVisible();
    await expect(tabB.getByRole("link", { name: roleName })).toHaveCount(0);
    await expect(accountMenu(tabB, `Account menu: ${WORKLOAD_USER}`)).toBeVisible();
    await tabB.getByRole("navigation", { name: "IAM", exact: true }).getByRole("link", { name: "Users", exact: true }).click();
    await tabB.getByRole("button", { name: "Create user" }).click();
    const dialog = tabB.getByRole("dialog", { name: "Create user" });
    await dialog.getByLabel("User name").fill(userName);
    await dialog.getByRole("checkbox", { name: /Provide user access/ }).uncheck();
    await dialog.getByRole("button", { name: "Create user" }).click();
    await expect(tabB.getByRole("status").filter({ hasText: `User ${userName} created.` })).toBeVisible();
    expect((await workload.send(new GetUserCommand({ UserName: userName }))).User?.Arn).toBe(`arn:aws:iam::${SANDBOX.workload}:user/${userName}`);
    await expect(iam.send(new GetUserCommand({ UserName: userName }))).rejects.toMatchObject({ name: "NoSuchEntityException" });
    // Tab A, next: its Roles list has its role, and still as admin.
    await tabA.reload();
    await tabA.getByRole("searchbox", { name: "Search roles" }).fill(roleName);
    await expect(tabA.getByText(/^1 match$/)).toBeVisible();
    await expect(tabA.getByRole("link", { name: roleName })).toBeVisible();
    await expect(accountMenu(tabA, "Account menu: admin")).toBeVisible();
  });

  await test.step("Switch role in tab A stays in tab A's session; tab B keeps its user", async () => {
    await accountMenu(tabA).click();
    await tabA.getByRole("menuitem", { name: "Switch role" }).click();
    await expect(tabA).toHaveURL(new RegExp(`${a}/switchrole`));
    await tabA.getByLabel("Account ID").fill(SANDBOX.identity);
    await tabA.getByLabel("IAM role name").fill(SWITCH_ROLE);
    await tabA.getByRole("button", { name: "Switch Role" }).click();
    await expect(accountMenu(tabA, `Account menu: ${SWITCH_ROLE} @ ${SANDBOX.identity}`)).toBeVisible();
    await expect(tabA).toHaveURL(new RegExp(`${a}/iam$`));
    await tabB.reload();
    await expect(accountMenu(tabB, `Account menu: ${WORKLOAD_USER}`)).toBeVisible();
    await accountMenu(tabA).click();
    await tabA.getByRole("menuitem", { name: "Switch back" }).click();
    await expect(accountMenu(tabA, "Account menu: admin")).toBeVisible();
  });

  await workload.send(new DeleteUserCommand({ UserName: userName })).catch(() => undefined);
  await iam.send(new DeleteRoleCommand({ RoleName: roleName })).catch(() => undefined);
});
