// Journeys through Create role → Web identity (console-spec §3.1(c)): GitHub's OIDC provider with
// organization / repository / branch, created as a role and read back on Trust relationships, and the
// Google built-in with an extra Condition row. What would silently break: the `sub` StringLike or the
// `aud` StringEquals drifting from AWS's shape, Next letting a blank GitHub organization through, the
// field under the provider not following the choice, or condition rows not reaching the policy.
// The sandbox starts without GitHub's provider; the journey adds it over the wire and removes it
// again, unless it was already there (providers are unique per URL in an account), which it reuses.
import {
  AddClientIDToOpenIDConnectProviderCommand,
  CreateOpenIDConnectProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  DeleteRoleCommand,
  GetOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  RemoveClientIDFromOpenIDConnectProviderCommand,
} from "@aws-sdk/client-iam";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const GH_HOST = "token.actions.githubusercontent.com";
const GH_ARN = `arn:aws:iam::${SANDBOX.identity}:oidc-provider/${GH_HOST}`;
const AUDIENCE = "sts.amazonaws.com";
const ROLE = `GitHubActionsDeploy-${Date.now().toString(36)}`;
/** The statement console-spec §3.1(c) shows for org my-org, repo my-repo, branch main. */
const GITHUB_STATEMENT = {
  Effect: "Allow",
  Principal: { Federated: GH_ARN },
  Action: "sts:AssumeRoleWithWebIdentity",
  Condition: {
    StringEquals: { [`${GH_HOST}:aud`]: AUDIENCE },
    StringLike: { [`${GH_HOST}:sub`]: "repo:my-org/my-repo:ref:refs/heads/main" },
  },
};

/** What the journey changed on the provider, so afterAll undoes exactly that. */
const cleanup = { deleteProvider: false, removeAudience: false };

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });

async function openWebIdentity(page: Page) {
  await page.goto("/iam/roles/create");
  await expect(page.getByRole("heading", { name: "Select trusted entity" })).toBeVisible();
  await page.getByRole("radio", { name: /^Web identity/ }).check();
  await expect(page.getByRole("heading", { name: "Web identity" })).toBeVisible();
}

async function reviewTrustPolicy(page: Page): Promise<string> {
  await expect(next(page)).toBeEnabled();
  await next(page).click();
  await expect(page.getByRole("heading", { name: /^Permissions policies/ })).toBeVisible();
  await next(page).click();
  await expect(page.getByRole("heading", { name: "Name, review, and create" })).toBeVisible();
  return (await page.getByLabel("Trust policy").textContent()) ?? "";
}

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  const { OpenIDConnectProviderList = [] } = await iam.send(new ListOpenIDConnectProvidersCommand({}));
  if (!OpenIDConnectProviderList.some((p) => p.Arn === GH_ARN)) {
    await iam.send(new CreateOpenIDConnectProviderCommand({ Url: `https://${GH_HOST}`, ClientIDList: [AUDIENCE] }));
    cleanup.deleteProvider = true;
    return;
  }
  const { ClientIDList = [] } = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: GH_ARN }));
  if (!ClientIDList.includes(AUDIENCE)) {
    await iam.send(new AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: GH_ARN, ClientID: AUDIENCE }));
    cleanup.removeAudience = true;
  }
});

test.afterAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  // The journey deletes the role itself; this only catches a run that failed before that step.
  await iam.send(new DeleteRoleCommand({ RoleName: ROLE })).catch(() => undefined);
  if (cleanup.deleteProvider) await iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: GH_ARN }));
  if (cleanup.removeAudience) await iam.send(new RemoveClientIDFromOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: GH_ARN, ClientID: AUDIENCE }));
});

test.beforeEach(async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
});

test("GitHub Actions role: org/repo/branch become the sub StringLike, created and shown on Trust relationships", async ({ page }) => {
  await test.step("Step 1: the account's GitHub provider with its audience; the organization is required", async () => {
    await openWebIdentity(page);
    await expect(next(page)).toBeDisabled();
    const provider = page.getByLabel("Identity provider", { exact: true });
    await expect(provider.locator("option")).toContainText(["Login with Amazon", "Facebook", "Google", "Amazon Cognito", GH_HOST]);
    await provider.selectOption({ label: GH_HOST });
    await page.getByLabel("Audience", { exact: true }).selectOption(AUDIENCE);
    const org = page.getByLabel("GitHub organization", { exact: true });
    await org.focus();
    await org.blur();
    await expect(page.getByText("Enter the GitHub organization.")).toBeVisible();
    await expect(org).toHaveAttribute("aria-invalid", "true");
    await expect(next(page)).toBeDisabled();
    await org.fill("-my-org");
    await expect(page.getByText(/organization name can have up to 39/)).toBeVisible();
    await expect(next(page)).toBeDisabled();
    await org.fill("my-org");
    await page.getByLabel("GitHub repository - optional").fill("my-repo");
    await page.getByLabel("GitHub branch - optional").fill("main");
    await expect(org).not.toHaveAttribute("aria-invalid");
  });

  await test.step("Step 3: the review shows the spec's policy, 4-space indented", async () => {
    const text = await reviewTrustPolicy(page);
    expect(text).toBe(JSON.stringify({ Version: "2012-10-17", Statement: [GITHUB_STATEMENT] }, null, 4));
  });

  await test.step("Edit → Step 1 keeps the GitHub fields; a blank branch becomes a wildcard", async () => {
    await page.getByRole("button", { name: "Edit step 1" }).click();
    await expect(page.getByLabel("GitHub organization", { exact: true })).toHaveValue("my-org");
    await page.getByLabel("GitHub branch - optional").fill("");
    const blank = JSON.parse(await reviewTrustPolicy(page));
    expect(blank.Statement[0].Condition.StringLike).toEqual({ [`${GH_HOST}:sub`]: "repo:my-org/my-repo:*" });
    await page.getByRole("button", { name: "Edit step 1" }).click();
    await page.getByLabel("GitHub branch - optional").fill("main");
    await reviewTrustPolicy(page);
  });

  await test.step("create the role; the list shows it trusting the provider", async () => {
    await page.getByLabel("Role name").fill(ROLE);
    await page.getByRole("button", { name: "Create role" }).click();
    await expect(page).toHaveURL(/\/iam\/roles$/);
    await expect(page.getByText(`Role ${ROLE} created.`)).toBeVisible();
  });

  await test.step("Trust relationships shows the same policy", async () => {
    await page.goto(`/iam/roles/${ROLE}`);
    await page.getByRole("tab", { name: "Trust relationships" }).click();
    const trust = JSON.parse((await page.getByTestId("trust-policy").textContent()) ?? "");
    expect(trust.Statement).toEqual([GITHUB_STATEMENT]);
  });

  await test.step("delete the role with typed confirmation", async () => {
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${ROLE}?` });
    await dialog.getByLabel("To confirm deletion, enter the role name in the text input field.").fill(ROLE);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page).toHaveURL(/\/iam\/roles$/);
    await expect(page.getByRole("status").filter({ hasText: `Role ${ROLE} deleted.` })).toBeVisible();
  });
});

test("Google: the field follows the provider; audience and a Condition row reach the review JSON", async ({ page }) => {
  await openWebIdentity(page);
  const provider = page.getByLabel("Identity provider", { exact: true });

  await test.step("the field under the provider changes with it", async () => {
    await provider.selectOption({ label: "Facebook" });
    await expect(page.getByLabel("Application ID", { exact: true })).toBeVisible();
    await provider.selectOption({ label: "Amazon Cognito" });
    await expect(page.getByLabel("Identity Pool ID", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Application ID", { exact: true })).toHaveCount(0);
    await provider.selectOption({ label: "Google" });
    await expect(page.getByLabel("Identity Pool ID", { exact: true })).toHaveCount(0);
    await expect(page.getByLabel("GitHub organization", { exact: true })).toHaveCount(0);
  });

  await test.step("Audience is required; an unfinished condition row blocks Next", async () => {
    const audience = page.getByLabel("Audience", { exact: true });
    await audience.focus();
    await audience.blur();
    await expect(page.getByText("Enter an audience.")).toBeVisible();
    await expect(next(page)).toBeDisabled();
    await audience.fill("1234567890.apps.googleusercontent.com");
    await expect(next(page)).toBeEnabled();

    await page.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("button", { name: "Add condition" }).click();
    const first = page.getByRole("group", { name: "Condition 1" });
    await first.getByLabel("Key").fill("accounts.google.com:sub");
    await first.getByLabel("Value").focus();
    await first.getByLabel("Value").blur();
    await expect(first.getByText("Enter a value.")).toBeVisible();
    await expect(next(page)).toBeDisabled();
    await first.getByLabel("Condition operator").selectOption("StringLike");
    await first.getByLabel("Value").fill("1100*");
    await page.getByRole("group", { name: "Condition 2" }).getByLabel("Value").fill("to be removed");
    await page.getByRole("button", { name: "Remove condition 2" }).click();
    await expect(page.getByRole("group", { name: "Condition 2" })).toHaveCount(0);
  });

  await test.step("the review JSON: host-name principal, :aud under StringEquals, the row under StringLike", async () => {
    const trust = JSON.parse(await reviewTrustPolicy(page));
    expect(trust).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: "accounts.google.com" },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: { "accounts.google.com:aud": "1234567890.apps.googleusercontent.com" },
            StringLike: { "accounts.google.com:sub": "1100*" },
          },
        },
      ],
    });
  });
});
