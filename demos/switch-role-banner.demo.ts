// alice switches to AWSIAMRoleForRDS from a switch-role link, the banner turns blue, the menu says who is active, Switch back.
import { SANDBOX, accountMenu, openSignIn } from "../e2e/support/sign-in";
import { expect, test } from "./support/demo";
import { RDS_ROLE as ROLE, rdsRoleForAlice, switchRoleLink } from "./support/setup";

const LINK = switchRoleLink(SANDBOX.identity, ROLE, "83d4e8");

test("Switch Role: the coloured banner", async ({ page, demo }) => {
  await rdsRoleForAlice(demo.baseURL);

  await openSignIn(page);
  await demo.chapter("Switch Role", "alice, an IAM user, takes on a role for a while. The console shows which role she is using, in the colour she chose.");

  await demo.step("alice enters her account, user name and password", async () => {
    await page.getByRole("radio", { name: /IAM user/ }).check();
    await page.getByLabel("Account ID (12 digits) or account alias").fill(SANDBOX.identity);
    await page.getByLabel("IAM user name").fill("alice");
    await page.getByLabel("Password").fill(SANDBOX.alicePassword);
  });

  await demo.step("Sign in", { highlight: page.getByRole("button", { name: "Sign in" }) }, async () => {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(accountMenu(page, "Account menu: alice")).toBeVisible();
  });

  await demo.step("An administrator sent alice a switch-role link", async () => {
    await page.goto(LINK);
  });

  await demo.step("The link filled in the account, the role and the colour Blue", { highlight: page.getByRole("button", { name: "Switch Role" }) }, async () => {
    await expect(page.getByLabel("IAM role name")).toHaveValue(ROLE);
    await expect(page.getByRole("radio", { name: "Blue" })).toBeChecked();
    await page.getByRole("button", { name: "Switch Role" }).click();
    await expect(accountMenu(page, /^Account menu:/)).toHaveText(`${ROLE} @ ${SANDBOX.identity}`);
  });

  await demo.step(`The blue banner: ${ROLE} @ ${SANDBOX.identity}`, { highlight: accountMenu(page, /^Account menu:/) }, async () => {
    await accountMenu(page, /^Account menu:/).click();
    await expect(page.getByRole("menu")).toContainText("Currently active as");
  });

  await demo.step("The menu: currently active as the role, signed in as alice", { highlight: page.getByRole("menuitem", { name: "Switch back" }) }, async () => {
    await page.getByRole("menuitem", { name: "Switch back" }).click();
    await expect(accountMenu(page, /^Account menu:/)).toHaveText("alice");
  });

  await demo.step("Switch back: alice has her own permissions again", async () => {
    await expect(accountMenu(page, "Account menu: alice")).toBeVisible();
  });
});
