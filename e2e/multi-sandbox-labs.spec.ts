// Journey: guided labs on a training server (SANDBOX_MODE=multi, training spec §5/§6). A learner starts
// a new sandbox, signs in to it, starts L8 "Session duration" from the catalog: the panel's credentials
// name the sandbox's own account (N111111) and keys. Step 2 done in the console (the role's Edit →
// Maximum session duration 12 hours) turns its check ✓. Another learner running the same lab in their
// sandbox sees nothing of it, and the demo sandbox never got the lab's role. What would silently break:
// a lab that resets or probes the demo sandbox, or a panel that hands out the demo's 111111111111 keys.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { GetRoleCommand } from "@aws-sdk/client-iam";
import type { LabView } from "../lib/labs/types";
import type { SandboxCredentials } from "../lib/sandbox/provision";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { learnerWithSandbox } from "./support/learner";
import { signInAsSandboxAdmin, trainingServer } from "./support/training-server";

const PORT = Number(process.env.E2E_PORT ?? 3302) + 120;
const ROLE = "BatchProcessingRole";

const server = trainingServer(PORT);

/** A learner (a browser context of their own: their own lab_learner cookie), a new sandbox, signed in to its identity account as admin. */
async function learnerSignedIn(browser: Browser): Promise<{ page: Page; sandbox: SandboxCredentials }> {
  const { page, sandbox } = await learnerWithSandbox(browser, server.baseURL);
  await signInAsSandboxAdmin(page, server.baseURL, sandbox.accounts[0].alias, sandbox.users.find((u) => u.name === "admin")!.password);
  await expect(page.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
  return { page, sandbox };
}

const checkState = (view: LabView, id: string) => view.steps.flatMap((s) => s.checks).find((c) => c.id === id)?.state;

test("a learner runs a lab in their own sandbox: its account in the panel, a console step turns ✓", async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await learnerSignedIn(browser);
  const b = await learnerSignedIn(browser);
  const identityA = a.sandbox.accounts[0].id;
  const panel = a.page.getByRole("complementary", { name: "Lab: Session duration" });
  const maxCheck = panel.getByRole("list", { name: "Checks for step 2" }).getByRole("listitem").filter({ hasText: "allows 12-hour sessions" });

  await test.step("learner B starts the same lab in B's sandbox", async () => {
    const res = await b.page.request.post(`${server.baseURL}/api/console/labs/start`, { headers: { origin: server.baseURL }, data: { labId: "session-duration" } });
    expect(res.status()).toBe(200);
    const { lab } = (await res.json()) as { lab: LabView };
    expect(lab.credentials.find((c) => c.label === "identity-alice")?.accountId).toBe(b.sandbox.accounts[0].id);
  });

  await test.step("learner A starts L8 from the catalog; the panel names A's sandbox, not the demo's", async () => {
    await a.page.getByRole("navigation", { name: "IAM" }).getByRole("link", { name: "Labs" }).click();
    const card = a.page.getByRole("article", { name: "Session duration" });
    await expect(card).toContainText("Not started");
    await card.getByRole("button", { name: "Start" }).click();
    await a.page.getByRole("dialog", { name: "Start lab: Session duration?" }).getByRole("button", { name: "Start lab" }).click();
    await expect(maxCheck).toContainText("Not yet passed");
    await panel.getByRole("button", { name: "Credentials" }).click();
    await expect(panel.getByText(identityA, { exact: true }).first()).toBeVisible();
    await expect(panel.getByText("111111111111", { exact: true })).toHaveCount(0);
    const cli = panel.getByLabel("AWS CLI configuration", { exact: true });
    await expect(cli).toContainText(`aws_access_key_id = ${a.sandbox.accessKeys[0].accessKeyId}`);
    await expect(cli).not.toContainText(ADMIN_KEYS.identity.accessKeyId);
  });

  await test.step("step 2 in the console: Edit → Maximum session duration 12 hours turns its check ✓", async () => {
    await a.page.goto(`${server.baseURL}/iam/roles/${ROLE}`);
    await expect(a.page.getByRole("heading", { level: 1 })).toContainText(ROLE);
    await expect(a.page.getByText(`arn:aws:iam::${identityA}:role/${ROLE}`).first()).toBeVisible();
    await a.page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = a.page.getByRole("dialog", { name: `Edit ${ROLE}` });
    await dialog.getByLabel("Maximum session duration").selectOption({ label: "12 hours" });
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(maxCheck).toContainText("Passed", { timeout: 8000 });
  });

  await test.step("learner B's lab saw nothing of it, and the demo sandbox has no lab role", async () => {
    const { lab } = (await (await b.page.request.get(`${server.baseURL}/api/console/labs/current`)).json()) as { lab: LabView };
    expect(checkState(lab, "max-43200")).not.toBe("passed");
    const demo = await iamClient(server.baseURL, ADMIN_KEYS.identity)
      .send(new GetRoleCommand({ RoleName: ROLE }))
      .then(() => "found", (e: Error) => e.name);
    expect(demo).toBe("NoSuchEntityException");
  });
});
