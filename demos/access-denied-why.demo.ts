// As AWSIAMRoleForRDS, alice opens Roles: "Access denied to iam:ListRoles", Why? explains it statement by statement, and she copies the details.
import { SANDBOX, accountMenu, signInAsIamUser } from "../e2e/support/sign-in";
import { expect, test } from "./support/demo";
import { RDS_ROLE, rdsRoleForAlice, switchRoleLink } from "./support/setup";

test("Access denied, and why", async ({ page, context, demo }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await rdsRoleForAlice(demo.baseURL);
  await signInAsIamUser(page, SANDBOX.identity, "alice", SANDBOX.alicePassword);
  await page.goto(switchRoleLink(SANDBOX.identity, RDS_ROLE, "83d4e8"));
  await demo.chapter("Access denied, and why", "A role lets you do only what its policies allow. The console says what was denied, and the sandbox can say why.");

  await demo.step(`alice switches to ${RDS_ROLE}`, { highlight: page.getByRole("button", { name: "Switch Role" }) }, async () => {
    await page.getByRole("button", { name: "Switch Role" }).click();
    await expect(accountMenu(page, /^Account menu:/)).toHaveText(`${RDS_ROLE} @ ${SANDBOX.identity}`);
  });

  await demo.step("As the role, she opens IAM → Roles", async () => {
    await page.goto("/iam/roles");
    await expect(page.getByRole("heading", { name: "Access denied to iam:ListRoles" })).toBeVisible();
  });

  await demo.step("Access denied to iam:ListRoles: who, which action, on what", { highlight: page.getByRole("heading", { name: "Access denied to iam:ListRoles" }) }, async () => {
    await expect(page.getByText(`User: arn:aws:sts::${SANDBOX.identity}:assumed-role/${RDS_ROLE}/alice`)).toBeVisible();
  });

  await demo.step("Why? opens the engine's explanation", { highlight: page.getByRole("button", { name: "Why?" }) }, async () => {
    await page.getByRole("button", { name: "Why?" }).click();
    await expect(page.getByText("AmazonRDSFullAccess").first()).toBeVisible();
  });

  await demo.step("Only AmazonRDSFullAccess applies, and no statement of it matches iam:ListRoles", { highlight: page.getByText("AmazonRDSFullAccess").first() }, async () => {
    await expect(page.getByText(/action did not match/).first()).toBeVisible();
  });

  await demo.step("Copy the details to send to an administrator", { highlight: page.getByRole("button", { name: "Copy access denied details" }) }, async () => {
    await page.getByRole("button", { name: "Copy access denied details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "access denied details copied" })).toBeVisible();
  });
});
