// Journey: IAM › Access graph as the identity account's admin. Seeded over the wire: an identity-account
// user with an MFA device and permission to assume roles, and a workload-account role that trusts that
// user only with MFA. The drawing puts the identity account left of the workload account, the table
// lists the MFA-required cross-account edge, Enter on the drawn edge opens both sides of its decision
// with "Open in Simulator", and "Who can reach role…" finds the user. Breaks if the page stops reading
// slice 06's routes, the layout worker fails in the production build, or the columns are lost.
import { CreateRoleCommand, CreateUserCommand, CreateVirtualMFADeviceCommand, EnableMFADeviceCommand, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { expect, test } from "@playwright/test";
import { totp } from "../lib/iam/mfa-devices/totp";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const SUFFIX = Date.now().toString(36);
const USER = `graph-dev-${SUFFIX}`;
const ROLE = `GraphMfaDeploy-${SUFFIX}`;

test.beforeAll(async ({ baseURL }) => {
  const identity = iamClient(baseURL!, ADMIN_KEYS.identity);
  await identity.send(new CreateUserCommand({ UserName: USER }));
  await identity.send(
    new PutUserPolicyCommand({
      UserName: USER,
      PolicyName: "AssumeRoles",
      PolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] }),
    }),
  );
  // The MFA edge exists only for a source that can have MFA (spec §3.2): give the user a device.
  const device = await identity.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: USER }));
  const seed = new TextDecoder().decode(device.VirtualMFADevice!.Base32StringSeed!);
  await identity.send(
    new EnableMFADeviceCommand({
      UserName: USER,
      SerialNumber: device.VirtualMFADevice!.SerialNumber,
      AuthenticationCode1: totp(seed, Date.now() - 30_000),
      AuthenticationCode2: totp(seed, Date.now()),
    }),
  );
  const workload = iamClient(baseURL!, ADMIN_KEYS.workload);
  const trust = trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:user/${USER}` }, { Bool: { "aws:MultiFactorAuthPresent": "true" } });
  await workload.send(new CreateRoleCommand({ RoleName: ROLE, AssumeRolePolicyDocument: trust }));
});

test("admin reads the access graph: columns, table, edge explanation, who can reach a role", async ({ page }) => {
  const edgeName = `${USER} can assume ${ROLE} (requires MFA, cross-account)`;

  await test.step("open Access graph from the IAM navigation", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.getByRole("navigation", { name: "IAM" }).getByRole("link", { name: "Access graph" }).click();
    await expect(page.getByRole("heading", { name: "Access graph", level: 1 })).toBeVisible();
    await expect(page.getByRole("group", { name: `User ${USER}` })).toBeVisible({ timeout: 20_000 });
  });

  await test.step("the identity account is drawn left of the workload account", async () => {
    // The whole drawing: a sandbox grown tall by earlier journeys opens on a readable part of it.
    await page.getByRole("region", { name: "Access graph drawing" }).getByRole("button", { name: "Fit View" }).click();
    const identity = await page.getByLabel(new RegExp(`^Account .*\\(${SANDBOX.identity}\\)$`)).boundingBox();
    const workload = await page.getByLabel(new RegExp(`^Account .*\\(${SANDBOX.workload}\\)$`)).boundingBox();
    expect(identity && workload).toBeTruthy();
    expect(identity!.x + identity!.width).toBeLessThanOrEqual(workload!.x);
  });

  await test.step("keyboard: the search's Enter focuses the user, ArrowRight follows its edge to the role", async () => {
    await page.getByLabel("Search nodes").fill(USER);
    await expect(page.getByText("1 match")).toBeVisible();
    await page.getByLabel("Search nodes").press("Enter");
    await expect(page.getByRole("group", { name: `User ${USER}` })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("group", { name: `Role ${ROLE}` })).toBeFocused();
  });

  await test.step("the edge's MFA chip is drawn when zoomed in to read it, not when zoomed far out", async () => {
    const drawing = page.getByRole("region", { name: "Access graph drawing" });
    const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await page.locator(".react-flow__viewport").getAttribute("style")) ?? "")?.[1]);
    // The search's reveal zoomed in on the user: the chip on its edge is legible.
    // (.first(): a rerun on the same sandbox adds its own user and MFA edge.)
    await expect(drawing.getByText("MFA", { exact: true }).first()).toBeVisible();
    expect(await zoom()).toBeGreaterThanOrEqual(0.6);
    // Out past CHIP_MIN_ZOOM (0.6), where a chip's text is a speck: not drawn.
    for (let i = 0; i < 20 && (await zoom()) >= 0.6; i++) await drawing.getByRole("button", { name: "Zoom Out" }).click();
    expect(await zoom()).toBeLessThan(0.6);
    await expect(drawing.getByText("MFA", { exact: true })).toHaveCount(0);
  });

  await test.step("the table view lists the MFA-required cross-account edge", async () => {
    await page.getByRole("tab", { name: "Table" }).click();
    const row = page.getByRole("table", { name: "Access graph edges" }).getByRole("row").filter({ hasText: ROLE });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(USER);
    await expect(row.getByRole("list", { name: "Requirements" })).toHaveText("MFA");
    await expect(row).toContainText("sts:AssumeRole");
    await expect(row.getByRole("cell", { name: "Yes", exact: true })).toBeVisible();
    await page.getByRole("tab", { name: "Graph" }).click();
  });

  await test.step("Enter on the drawn edge opens both sides of its decision and Open in Simulator", async () => {
    const edge = page.getByRole("group", { name: edgeName });
    await edge.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("dialog", { name: `${USER} → ${ROLE}` });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("region", { name: "Identity side" })).toContainText("AssumeRoles");
    await expect(panel.getByRole("region", { name: "Trust side" })).toContainText(/Allow/i);
    await expect(panel.getByRole("region", { name: "Required context" })).toContainText("MFA");
    const simulator = panel.getByRole("link", { name: "Open in Simulator" });
    const href = new URL((await simulator.getAttribute("href"))!, "http://x");
    expect(href.pathname).toBe("/policysim");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      source: `arn:aws:iam::${SANDBOX.identity}:user/${USER}`,
      action: "sts:AssumeRole",
      resource: `arn:aws:iam::${SANDBOX.workload}:role/${ROLE}`,
    });
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  });

  await test.step("who can reach the role: the user's path, listed and highlighted", async () => {
    await page.getByLabel("Search nodes").fill("");
    await page.getByRole("radio", { name: "Who can reach role…" }).check();
    await page.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: `${ROLE} (${SANDBOX.workload})` });
    await page.getByRole("button", { name: "Run query" }).click();
    const answer = page.getByRole("region", { name: "Query answer" });
    await expect(answer.getByRole("button", { name: `${USER} → ${ROLE}` })).toBeVisible();
    await expect(answer.getByRole("list", { name: "Requirements" }).first()).toContainText("MFA");
  });

  await test.step("who can reach admin through a policy picked by name from a combobox, not typed as an ARN", async () => {
    await page.getByRole("radio", { name: "Who can reach admin" }).check();
    const policy = page.getByRole("combobox", { name: "Admin policy (optional)" });
    await policy.fill("AdministratorAcc");
    await page.getByRole("listbox", { name: "Admin policy (optional)" }).getByRole("option", { name: "AdministratorAccess", exact: true }).click();
    await expect(policy).toHaveValue("AdministratorAccess");
    await page.getByRole("button", { name: "Run query" }).click();
    const answer = page.getByRole("region", { name: "Query answer" });
    // The sandbox's admin holds AdministratorAccess: a path of its own.
    await expect(answer.getByRole("button", { name: "admin", exact: true }).first()).toBeVisible();
  });
});
