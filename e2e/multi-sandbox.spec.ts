// Journey: a training server (SANDBOX_MODE=multi, training spec §6). Two learners each start a sandbox
// from the Sandboxes page; a learner signs in to their own identity account with the Credentials card's
// password, cannot sign in to the other learner's account (the wrong-password error), and, signed in,
// gets 0 crossings: no console route answers with the other sandbox's entities, and Switch role to the
// other sandbox's role that trusts their account is refused.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CreateRoleCommand } from "@aws-sdk/client-iam";
import type { SandboxCredentials } from "../lib/sandbox/provision";
import { iamClient } from "./support/aws";
import { learnerWithSandbox as newLearner } from "./support/learner";
import { signInAsSandboxAdmin, trainingServer } from "./support/training-server";

const PORT = Number(process.env.E2E_PORT ?? 3302) + 100;
const WRONG = "Your authentication information is incorrect. Please try again.";

const server = trainingServer(PORT);

function learnerWithSandbox(browser: Browser) {
  return newLearner(browser, server.baseURL);
}

const signIn = (page: Page, account: string, password: string) => signInAsSandboxAdmin(page, server.baseURL, account, password);

test("each learner starts a sandbox and reaches nothing of the other's", async ({ browser }) => {
  test.setTimeout(90_000);
  const a = await learnerWithSandbox(browser);
  const b = await learnerWithSandbox(browser);
  expect(a.sandbox.n).not.toBe(b.sandbox.n);
  const password = (s: SandboxCredentials) => s.users.find((u) => u.name === "admin")!.password;
  const bIdentity = b.sandbox.accounts[0];
  const bKeys = b.sandbox.accessKeys[0];
  const marker = `xsbx${b.sandbox.n}`;
  // B's role trusts A's identity account: inside one sandbox that trust would let A's admin in.
  await iamClient(server.baseURL, bKeys).send(
    new CreateRoleCommand({
      RoleName: marker,
      AssumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${a.sandbox.accounts[0].id}:root` }, Action: "sts:AssumeRole" }] }),
    }),
  );

  await test.step("A cannot sign in to B's account, even with B's password", async () => {
    await signIn(a.page, bIdentity.alias, password(b.sandbox));
    await expect(a.page.getByText(WRONG)).toBeVisible();
  });

  await test.step("A signs in to A's own account", async () => {
    await signIn(a.page, a.sandbox.accounts[0].alias, password(a.sandbox));
    await expect(a.page.getByRole("button", { name: "Account menu: admin" })).toBeVisible();
  });

  await test.step("0 crossings: no console route gives A any of B's entities", async () => {
    // Event history first: A's own probes below name B's role and are rightly in A's trail.
    const routes = [
      "/api/console/cloudtrail/events",
      "/api/console/roles",
      "/api/console/users",
      "/api/console/groups",
      "/api/console/policies",
      `/api/console/roles/${marker}`,
      `/api/console/search?q=${marker}`,
      "/api/console/access-graph",
      "/api/console/simulator/principals",
    ];
    const crossings: string[] = [];
    for (const route of routes) {
      const res = await a.page.request.get(`${server.baseURL}${route}`);
      const text = await res.text();
      expect(res.status(), route).toBeLessThan(500);
      if (res.ok() && (text.includes(marker) || text.includes(bIdentity.id))) crossings.push(route);
    }
    const sw = await a.page.request.post(`${server.baseURL}/api/console/switch-role`, {
      data: { account: bIdentity.id, roleName: marker },
      headers: { Origin: server.baseURL },
    });
    if (sw.ok()) crossings.push("POST /api/console/switch-role");
    expect(crossings).toEqual([]);
  });
});
