// Journey: a drawing too tall to read whole (lib/graph/first-view.ts). Seeded over the wire: 30 roles in
// the workload account that the identity account trusts, stacked in one tall column. The page opens at
// a readable zoom with only what is on screen drawn; the search's Enter finds a role that was not
// drawn and focuses it, the arrow keys move down the column to nodes off screen, and Fit View draws
// every node. Breaks if the drawing opens fitted as specks, or the keyboard loses a node that is not drawn.
import { CreateRoleCommand, DeleteRoleCommand } from "@aws-sdk/client-iam";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const SUFFIX = Date.now().toString(36);
const FLEET = Array.from({ length: 30 }, (_, i) => `GraphFleet-${SUFFIX}-${String(i).padStart(2, "0")}`);

test.beforeAll(async ({ baseURL }) => {
  const workload = iamClient(baseURL!, ADMIN_KEYS.workload);
  for (const RoleName of FLEET) {
    await workload.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: trustPolicy({ AWS: `arn:aws:iam::${SANDBOX.identity}:root` }) }));
  }
});

test.afterAll(async ({ baseURL }) => {
  const workload = iamClient(baseURL!, ADMIN_KEYS.workload);
  for (const RoleName of FLEET) await workload.send(new DeleteRoleCommand({ RoleName })).catch(() => undefined);
});

const zoomOf = async (page: Page) => Number(/scale\(([\d.]+)\)/.exec((await page.locator(".react-flow__viewport").getAttribute("style")) ?? "")?.[1]);
const fleetNode = (page: Page, name: string) => page.getByRole("group", { name: new RegExp(`^Role ${name}(,|$)`) });

test("a tall access graph opens readable, and the keyboard reaches the nodes off screen", async ({ page }) => {
  const drawing = page.getByRole("region", { name: "Access graph drawing" });
  const fleet = drawing.getByRole("group", { name: new RegExp(`^Role GraphFleet-${SUFFIX}-`) });

  await test.step("the drawing opens at a readable zoom, drawing only what is on screen", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/access-graph");
    await expect(page.locator("main[data-settled='true']")).toBeVisible({ timeout: 20_000 });
    await expect(drawing.getByRole("group").first()).toBeVisible();
    expect(await zoomOf(page)).toBe(0.75);
    expect(await fleet.count()).toBeLessThan(FLEET.length);
  });

  await test.step("the search's Enter finds a role that was not drawn and focuses it", async () => {
    const drawn = new Set(await fleet.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? "")));
    const hidden = FLEET.find((name) => ![...drawn].some((label) => label === `Role ${name}` || label.startsWith(`Role ${name},`)))!;
    await expect(fleetNode(page, hidden)).toHaveCount(0);
    await page.getByLabel("Search nodes").fill(hidden);
    await expect(page.getByText("1 match")).toBeVisible();
    await page.getByLabel("Search nodes").press("Enter");
    await expect(fleetNode(page, hidden)).toBeFocused();
  });

  await test.step("the arrow keys move on down the column to nodes that were not drawn, each focused as it is reached", async () => {
    await page.getByLabel("Search nodes").fill("");
    await expect(page.locator("main[data-settled='true']")).toBeVisible();
    await expect.poll(() => zoomOf(page)).toBe(0.75);
    const before = new Set(await drawing.locator(".react-flow__node").evaluateAll((els) => els.map((e) => e.getAttribute("data-id"))));
    // The lowest drawn node of the fleet's column, then down past the screen's edge.
    await fleet.last().focus();
    const focused = drawing.locator(".react-flow__node:focus");
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("ArrowDown");
      await expect(focused).toHaveCount(1);
      reached.push((await focused.getAttribute("data-id"))!);
    }
    expect(new Set(reached).size).toBe(reached.length);
    expect(reached.some((id) => !before.has(id))).toBe(true);
  });

  await test.step("Fit View draws every node", async () => {
    await drawing.getByRole("button", { name: "Fit View" }).click();
    await expect(fleet).toHaveCount(FLEET.length);
    expect(await zoomOf(page)).toBeLessThan(0.3);
  });
});
