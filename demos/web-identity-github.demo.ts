// A GitHub Actions role: add GitHub's OIDC provider, the Web identity wizard (org/repo/branch), a token for main works and a feature branch's is denied.
import type { Page } from "@playwright/test";
import { mintSandboxToken } from "../lib/sts/web-identity-token";
import { SANDBOX, signInAsIamUser } from "../e2e/support/sign-in";
import { IDENTITY } from "../e2e/support/seed-cli";
import { expect, test } from "./support/demo";

const HOST = "token.actions.githubusercontent.com";
const ROLE = "GitHubActionsDeploy";
const ROLE_ARN = `arn:aws:iam::${IDENTITY}:role/${ROLE}`;
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

test("GitHub Actions with web identity", async ({ page, demo }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  await demo.chapter("GitHub Actions, without keys", "A workflow proves who it is with GitHub's OIDC token. The role trusts GitHub for one repository and one branch.");

  await demo.cli(["iam", "create-open-id-connect-provider", "--url", `https://${HOST}`, "--client-id-list", "sts.amazonaws.com", "--thumbprint-list", "6938fd4d98bab03faadb97b34396831e3780aea1"], {
    title: "Add GitHub's OIDC identity provider",
  });

  await demo.step("Create role → Web identity", async () => {
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: /^Web identity/ }).check();
    await expect(page.getByRole("heading", { name: "Web identity" })).toBeVisible();
  });

  await demo.step("GitHub's provider and audience; organization, repository and branch", { highlight: page.getByLabel("Identity provider", { exact: true }) }, async () => {
    await page.getByLabel("Identity provider", { exact: true }).selectOption({ label: HOST });
    await page.getByLabel("Audience", { exact: true }).selectOption("sts.amazonaws.com");
    await page.getByLabel("GitHub organization", { exact: true }).fill("my-org");
    await page.getByLabel("GitHub repository - optional").fill("my-repo");
    await page.getByLabel("GitHub branch - optional").fill("main");
  });

  await demo.step("Next, Next: the trust policy names repo:my-org/my-repo:ref:refs/heads/main", { highlight: next(page) }, async () => {
    await next(page).click();
    await expect(page.getByRole("heading", { name: /^Permissions policies/ })).toBeVisible();
    await next(page).click();
    await expect(page.getByLabel("Trust policy")).toContainText("repo:my-org/my-repo:ref:refs/heads/main");
  });

  await demo.step(`Name it ${ROLE} and create it`, { highlight: page.getByLabel("Role name") }, async () => {
    await page.getByLabel("Role name").fill(ROLE);
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page.getByText(`Role ${ROLE} created.`)).toBeVisible();
  });

  // What `npm run sandbox:token` prints: a token signed with the sandbox's OIDC key.
  const token = (ref: string) =>
    mintSandboxToken({ issuer: `https://${HOST}`, subject: `repo:my-org/my-repo:ref:refs/heads/${ref}`, audience: "sts.amazonaws.com", dataDir: demo.dataDir });

  await demo.cli(["sts", "assume-role-with-web-identity", "--role-arn", ROLE_ARN, "--role-session-name", "gha-deploy", "--web-identity-token", await token("main"), "--query", "[AssumedRoleUser.Arn, SubjectFromWebIdentityToken]"], {
    as: null,
    who: "a workflow on main (no AWS keys)",
    title: "A workflow on main: its token (npm run sandbox:token) gets credentials",
  });

  await demo.cli(["sts", "assume-role-with-web-identity", "--role-arn", ROLE_ARN, "--role-session-name", "gha-deploy", "--web-identity-token", await token("feature/x"), "--query", "AssumedRoleUser.Arn"], {
    as: null,
    who: "a workflow on feature/x",
    expect: "fail",
    title: "A feature branch's token: AccessDenied",
  });
});
