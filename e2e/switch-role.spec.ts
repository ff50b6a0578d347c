// Journey: the seed's "Switching to a role through the console". Alice switches to AWSIAMRoleForRDS,
// the banner shows "AWSIAMRoleForRDS @ 111111111111" on blue, the console then obeys the role (the
// Roles page shows the iam:ListRoles access-denied alert naming the assumed-role session), and
// Switch back restores alice. Also: display names, switch-role links, the history of 5, a
// cross-account switch that needs MFA, and revocation ending a live switched session. Breaks
// silently if the console keeps authorizing as the user after a switch, or keeps a revoked session.
import { expect, test, type Page } from "@playwright/test";
import { AttachRolePolicyCommand, CreateRoleCommand, DeleteRolePolicyCommand, PutRolePolicyCommand, PutUserPolicyCommand, UpdateAssumeRolePolicyCommand, type IAMClient } from "@aws-sdk/client-iam";
import { totp } from "../lib/iam/mfa-devices/totp";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { assignMfaInConsole } from "./support/mfa";
import { createUserInConsole } from "./support/users";
import { INTRO_COOKIE } from "../components/switch-role/intro-cookie";
import { SANDBOX, accountMenu as hydratedAccountMenu, fillIamUser, signInAsIamUser, signOut } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const ALICE_ARN = `arn:aws:iam::${SANDBOX.identity}:user/alice`;
const RDS_ROLE = "AWSIAMRoleForRDS";
const BLUE = "83d4e8";

async function ensureRole(iam: IAMClient, name: string, trust: string) {
  try {
    await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }));
  } catch (e) {
    if ((e as { name?: string }).name !== "EntityAlreadyExistsException") throw e;
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: trust }));
  }
}

async function allowAssumeRoles(iam: IAMClient, userName: string) {
  await iam.send(
    new PutUserPolicyCommand({
      UserName: userName,
      PolicyName: "AllowAssumeRoles",
      PolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: ["arn:aws:iam::111111111111:role/*", "arn:aws:iam::222222222222:role/*"] }],
      }),
    }),
  );
}

async function allowAssumeRolesFor(iam: IAMClient, roleName: string) {
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: roleName,
      PolicyName: "AllowAssumeRoles",
      PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] }),
    }),
  );
}

async function switchTo(page: Page, account: string, roleName: string, opts: { displayName?: string; color?: "Blue" | "Green" | "Red" } = {}) {
  await page.goto("/switchrole");
  await page.getByLabel("Account ID").fill(account);
  await page.getByLabel("IAM role name").fill(roleName);
  if (opts.displayName) await page.getByLabel("Display name - optional").fill(opts.displayName);
  if (opts.color) await page.getByRole("radio", { name: opts.color }).check();
  await page.getByRole("button", { name: "Switch Role" }).click();
}

const accountMenu = (page: Page) => hydratedAccountMenu(page, /^Account menu:/);

async function switchBack(page: Page, userName: string) {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Switch back" }).click();
  await expect(accountMenu(page)).toHaveText(userName);
}

// The explainer was dismissed before (as a demo runner pre-sets it): the server renders the form.
// The first test clears it to see the explainer.
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: INTRO_COOKIE, value: "1", url: baseURL! }]);
});

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await ensureRole(iam, RDS_ROLE, trustPolicy({ AWS: ALICE_ARN }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: RDS_ROLE, PolicyArn: "arn:aws:iam::aws:policy/AmazonRDSFullAccess" }));
  await allowAssumeRoles(iam, "alice");
});

test("the first visit shows AWS's explainer, chosen by the server; Continue opens the form for good", async ({ page, context }) => {
  await context.clearCookies({ name: INTRO_COOKIE });
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await page.goto("/switchrole");
  const intro = page.getByRole("button", { name: "Continue" });
  await expect(intro).toBeVisible();
  await expect(page.getByText("Switching roles enables you to manage resources across AWS accounts using a single user.")).toBeVisible();
  // The explainer is the server's choice: once the page has loaded it stays, with no form beside it.
  await expect(page.locator("main[data-settled]")).toBeVisible();
  await expect(page.getByLabel("Account ID")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Switch Role" })).toHaveCount(0);
  await intro.click();
  await expect(page.getByLabel("Account ID")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Account ID")).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
});

test("alice switches to AWSIAMRoleForRDS on blue, is denied iam:ListRoles as the role, and switches back", async ({ page }) => {
  await test.step("sign in as alice and switch with the default display name and Blue", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
    await switchTo(page, SANDBOX.identity, RDS_ROLE, { color: "Blue" });
    await expect(accountMenu(page)).toHaveText(`${RDS_ROLE} @ ${SANDBOX.identity}`);
    await expect(accountMenu(page)).toHaveAttribute("data-role-color", BLUE);
    await expect(accountMenu(page)).toHaveCSS("background-color", "rgb(131, 212, 232)");
  });

  await test.step("the menu says who is active and who signed in", async () => {
    await accountMenu(page).click();
    const menu = page.getByRole("menu");
    await expect(menu).toContainText("Currently active as");
    await expect(menu).toContainText(RDS_ROLE);
    await expect(menu).toContainText("Signed in as");
    await expect(menu).toContainText("alice @ 1111-1111-1111");
    await page.keyboard.press("Escape");
  });

  await test.step("the Roles page shows the access-denied alert for the assumed-role session", async () => {
    await page.goto("/iam/roles");
    await expect(page.getByRole("heading", { name: "Access denied to iam:ListRoles" })).toBeVisible();
    const details = page.getByTestId("access-denied-details");
    await expect(details).toContainText(`User: arn:aws:sts::${SANDBOX.identity}:assumed-role/${RDS_ROLE}/alice`);
    await expect(details).toContainText("Action: iam:ListRoles");
    await expect(details).toContainText(`On resource(s): arn:aws:iam::${SANDBOX.identity}:role/`);
    await expect(details).toContainText("Context: no identity-based policy allows the action");
  });

  await test.step("Why? explains that only AmazonRDSFullAccess was considered", async () => {
    const why = page.getByRole("button", { name: "Why?" });
    await expect(why).toHaveAttribute("aria-expanded", "false");
    await why.click();
    await expect(why).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByText("AmazonRDSFullAccess").first()).toBeVisible();
  });

  await test.step("Switch back restores alice", async () => {
    await switchBack(page, "alice");
  });
});

test("a display name replaces the default, and a switch-role link pre-fills the form", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await test.step("the link pre-fills every field", async () => {
    await page.goto(`/switchrole?roleName=${RDS_ROLE}&account=${SANDBOX.identity}&displayName=RDS%20admin&color=b7ca9d`);
    await expect(page.getByLabel("Account ID")).toHaveValue(SANDBOX.identity);
    await expect(page.getByLabel("IAM role name")).toHaveValue(RDS_ROLE);
    await expect(page.getByLabel("Display name - optional")).toHaveValue("RDS admin");
    await expect(page.getByRole("radio", { name: "Green" })).toBeChecked();
  });
  await test.step("switching shows the display name", async () => {
    await page.getByRole("button", { name: "Switch Role" }).click();
    await expect(accountMenu(page)).toHaveText("RDS admin");
  });
  await test.step("a wrong role name gets AWS's generic message", async () => {
    await switchTo(page, SANDBOX.identity, "NoSuchRole");
    await expect(page.getByRole("alert").filter({ hasText: "Invalid information" })).toContainText(
      "Invalid information in one or more fields. Check your information or contact your administrator.",
    );
  });
});

test("the role history keeps the last five roles", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  const stamp = Date.now().toString(36);
  const names = Array.from({ length: 6 }, (_, i) => `History${i + 1}-${stamp}`);
  for (const name of names) await ensureRole(iam, name, trustPolicy({ AWS: ALICE_ARN }));
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  // Each switch from alice herself: switching from a role session would be role chaining.
  for (const name of names) {
    await switchTo(page, SANDBOX.identity, name);
    await expect(accountMenu(page)).toHaveText(`${name} @ ${SANDBOX.identity}`);
    await switchBack(page, "alice");
  }
  await accountMenu(page).click();
  const history = page.getByRole("menuitem", { name: new RegExp(`^History\\d-${stamp} @`) });
  await expect(history).toHaveCount(5);
  await expect(history.first()).toHaveText(`${names[5]} @ ${SANDBOX.identity}`);
  await expect(page.getByRole("menuitem", { name: `${names[0]} @ ${SANDBOX.identity}` })).toHaveCount(0);
  await test.step("a history entry switches again", async () => {
    await page.keyboard.press("Escape");
    await accountMenu(page).click();
    await page.getByRole("menuitem", { name: `${names[2]} @ ${SANDBOX.identity}` }).click();
    await expect(accountMenu(page)).toHaveText(`${names[2]} @ ${SANDBOX.identity}`);
  });
});

test("switching again from a role session is role chaining", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  const stamp = Date.now().toString(36);
  const first = `ChainFirst-${stamp}`;
  const second = `ChainSecond-${stamp}`;
  await ensureRole(iam, first, trustPolicy({ AWS: ALICE_ARN }));
  // Trusting the account (not the role by ARN) leaves the decision to the first role's identity policy.
  await ensureRole(iam, second, trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }));
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await switchTo(page, SANDBOX.identity, first);
  await expect(accountMenu(page)).toHaveText(`${first} @ ${SANDBOX.identity}`);

  await test.step("the first role may not yet assume the second: its identity policy allows nothing", async () => {
    await switchTo(page, SANDBOX.identity, second);
    await expect(page.getByRole("alert").filter({ hasText: "Invalid information" })).toBeVisible();
  });

  await test.step("once the first role may call sts:AssumeRole, the chained switch succeeds", async () => {
    await allowAssumeRolesFor(iam, first);
    await switchTo(page, SANDBOX.identity, second);
    await expect(accountMenu(page)).toHaveText(`${second} @ ${SANDBOX.identity}`);
  });
});

test("a cross-account role that requires MFA refuses a password-only sign-in and accepts an MFA sign-in", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const userName = `mfa-switcher-${Date.now().toString(36)}`;
  const password = "Mfa-Switcher-1!";
  const roleName = "CrossAccountMfaRole";
  let secret = "";

  await test.step("workload-dev trusts identity's account when MFA is present", async () => {
    const workload = iamClient(baseURL!, ADMIN_KEYS.workload);
    await ensureRole(workload, roleName, trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }, { Bool: { "aws:MultiFactorAuthPresent": "true" } }));
  });

  await test.step("admin creates the user, with permission to assume roles", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await createUserInConsole(page, userName, password);
    await allowAssumeRoles(iamClient(baseURL!, ADMIN_KEYS.identity), userName);
    await signOut(page);
  });

  await test.step("without MFA the switch fails", async () => {
    await signInAsIamUser(page, SANDBOX.identity, userName, password);
    await switchTo(page, SANDBOX.workload, roleName);
    await expect(page.getByRole("alert").filter({ hasText: "Invalid information" })).toBeVisible();
    // Across accounts the console says nothing more: no "Why?", so nothing tells a role that
    // refused from one that does not exist.
    await expect(page.getByRole("button", { name: "Why?" })).toHaveCount(0);
    await signOut(page);
  });

  await test.step("admin assigns an MFA device", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    secret = await assignMfaInConsole(page, SANDBOX.identity, userName, `${userName}-device`);
    await signOut(page);
  });

  await test.step("signed in with MFA, the switch into workload-dev succeeds", async () => {
    await fillIamUser(page, SANDBOX.identity, userName, password);
    await page.getByLabel("MFA code").fill(totp(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(accountMenu(page)).toHaveText(userName);
    await switchTo(page, SANDBOX.workload, roleName);
    await expect(accountMenu(page)).toHaveText(`${roleName} @ ${SANDBOX.workload}`);
    await accountMenu(page).click();
    await expect(page.getByTestId("account-id")).toHaveText("2222-2222-2222");
  });
});

test("in its own account, a caller who may read the role is told why the switch failed", async ({ page }) => {
  // AWSIAMRoleForRDS trusts only alice; admin (who may iam:GetRole it) gets the generic sentence
  // and, beyond AWS, the trust policy's explanation.
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await switchTo(page, SANDBOX.identity, RDS_ROLE);
  const alert = page.getByRole("alert").filter({ hasText: "Invalid information" });
  await expect(alert).toBeVisible();
  await alert.getByRole("button", { name: "Why?" }).click();
  await expect(alert.getByText("Role trust policy").first()).toBeVisible();
  await expect(alert.getByText(RDS_ROLE).first()).toBeVisible();
});

test("revoking the role's sessions ends an active switched session", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await switchTo(page, SANDBOX.identity, RDS_ROLE, { color: "Blue" });
  await expect(accountMenu(page)).toHaveText(`${RDS_ROLE} @ ${SANDBOX.identity}`);

  await test.step("an administrator revokes the role's active sessions", async () => {
    // aws:TokenIssueTime has second precision: let the session's issue time fall strictly before.
    await page.waitForTimeout(1100);
    const revokeAt = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: RDS_ROLE,
        PolicyName: "AWSRevokeOlderSessions",
        PolicyDocument: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": revokeAt } } }],
        }),
      }),
    );
  });

  await test.step("the console returns alice to herself and says why", async () => {
    await page.goto("/iam");
    await expect(page.getByText("Your role session was revoked")).toBeVisible();
    await expect(accountMenu(page)).toHaveText("alice");
  });

  await test.step("a new switch, issued after the revocation, works", async () => {
    await page.waitForTimeout(1100);
    await switchTo(page, SANDBOX.identity, RDS_ROLE);
    await expect(accountMenu(page)).toHaveText(`${RDS_ROLE} @ ${SANDBOX.identity}`);
    await iam.send(new DeleteRolePolicyCommand({ RoleName: RDS_ROLE, PolicyName: "AWSRevokeOlderSessions" }));
  });
});
