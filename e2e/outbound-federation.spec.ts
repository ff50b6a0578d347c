// Journey: on Account settings the admin enables outbound identity federation and sees the account's
// token issuer URL; a token from GetWebIdentityToken (the real SDK, real SigV4) verifies with jose
// against that issuer's discovery document and JWKS as served by the running server (no sign-in);
// the admin disables it again and GetWebIdentityToken is refused. Breaks if the console stops
// showing the state, the server stops publishing the keys, or tokens stop verifying with a standard library.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_getting_started.html
import { GetWebIdentityTokenCommand } from "@aws-sdk/client-sts";
import { expect, test } from "@playwright/test";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { ADMIN_KEYS, stsClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const API = "https://api.example.com";

// Journeys share one server: never leave the feature enabled, even when a step fails.
test.afterEach(async ({ page, baseURL }, info) => {
  if (info.status === info.expectedStatus) return;
  await page.request.delete("/api/console/account/outbound-federation", { headers: { origin: baseURL ?? "", "content-type": "application/json" } }).catch(() => undefined);
});

test("admin enables outbound identity federation; its tokens verify against this server's issuer; then disables it", async ({ page, baseURL, request }) => {
  const panel = page.getByTestId("outbound-federation");
  let issuer = "";

  await test.step("Account settings shows the feature disabled", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto("/iam/account-settings");
    await expect(page.getByRole("heading", { name: "Outbound identity federation" })).toBeVisible();
    await expect(panel).toContainText("StatusDisabled");
  });

  await test.step("Enable: the status and the token issuer URL under this server's origin", async () => {
    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await expect(page.getByText("Outbound identity federation enabled.")).toBeVisible();
    await expect(panel).toContainText("StatusEnabled");
    await expect(panel).toContainText("Token issuer URL");
    issuer = (await panel.locator("dd").nth(1).locator("span").first().textContent()) ?? "";
    expect(issuer).toMatch(new RegExp(`^${baseURL}/sts-issuers/[0-9a-f-]{36}$`));
  });

  await test.step("a token from GetWebIdentityToken verifies with jose through the issuer's discovery, unauthenticated", async () => {
    const out = await stsClient(baseURL ?? "", ADMIN_KEYS.identity).send(new GetWebIdentityTokenCommand({ Audience: [API], SigningAlgorithm: "ES384" }));
    const config = await (await request.get(`${issuer}/.well-known/openid-configuration`)).json();
    expect(config).toMatchObject({ issuer, jwks_uri: `${issuer}/.well-known/jwks.json` });
    const { payload, protectedHeader } = await jwtVerify(out.WebIdentityToken ?? "", createRemoteJWKSet(new URL(config.jwks_uri)), { issuer, audience: API });
    expect(protectedHeader.alg).toBe("ES384");
    expect(payload.sub).toBe(`arn:aws:iam::${SANDBOX.identity}:user/admin`);
  });

  await test.step("Disable, after confirming: the status says so and tokens are refused", async () => {
    await page.getByRole("button", { name: "Disable", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Disable outbound identity federation?" });
    await dialog.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText("Outbound identity federation disabled.")).toBeVisible();
    await expect(panel).toContainText("StatusDisabled");
    await expect(panel).toContainText(issuer);
    const refused = await stsClient(baseURL ?? "", ADMIN_KEYS.identity)
      .send(new GetWebIdentityTokenCommand({ Audience: [API], SigningAlgorithm: "RS256" }))
      .catch((e: Error) => e);
    expect((refused as Error).name).toBe("OutboundWebIdentityFederationDisabledException");
  });
});
