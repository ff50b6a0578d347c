// Journey: admin adds GitHub's OIDC provider (audience sts.amazonaws.com) and a SAML provider from a
// metadata document, edits the OIDC audiences, sees both offered by the Create role wizard (Web
// identity and SAML 2.0 federation), then deletes both with typed confirmation. Breaks silently if
// the console and the wizard stop reading the same providers, or an ARN loses its account or host.
import { expect, test, type Page } from "@playwright/test";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const GH_HOST = "token.actions.githubusercontent.com";
const SAML_NAME = `CorpIdP-${Date.now().toString(36)}`;
const METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>
      <ds:X509Certificate>${"MIIC".padEnd(1100, "A")}</ds:X509Certificate>
    </ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

async function openList(page: Page, count: number) {
  await page.goto("/iam/identity-providers");
  await expect(page.getByRole("heading", { name: new RegExp(`^Identity providers \\(${count}\\)`) })).toBeVisible();
}

async function deleteProvider(page: Page, name: string) {
  await page.getByRole("row", { name: new RegExp(name) }).getByRole("radio").check();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog.getByRole("button", { name: "Delete" })).toBeDisabled();
  await dialog.getByLabel(/To confirm deletion/).fill(name);
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Provider ${name} deleted.` })).toBeVisible();
}

test("admin adds OIDC and SAML providers, the role wizard offers them, then deletes both", async ({ page }) => {
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);

  await test.step("add GitHub's OIDC provider; http:// is refused", async () => {
    await openList(page, 0);
    await page.getByRole("link", { name: "Add provider" }).click();
    await page.getByRole("radio", { name: /^OpenID Connect/ }).check();
    await page.getByLabel("Provider URL").fill(`http://${GH_HOST}`);
    await page.getByLabel("Audience").fill("sts.amazonaws.com");
    await page.getByRole("button", { name: "Add provider" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "must begin with https://" })).toBeVisible();
    await page.getByLabel("Provider URL").fill(`https://${GH_HOST}`);
    await page.getByRole("button", { name: "Add provider" }).click();
    await expect(page.getByRole("heading", { name: GH_HOST, level: 1 })).toBeVisible();
    await expect(page.getByText(`arn:aws:iam::${SANDBOX.identity}:oidc-provider/${GH_HOST}`)).toBeVisible();
    await expect(page.getByRole("table", { name: "Audiences" })).toContainText("sts.amazonaws.com");
  });

  await test.step("add and remove an audience on the provider page", async () => {
    await page.getByRole("button", { name: "Add audience" }).click();
    await page.getByRole("dialog", { name: "Add audience" }).getByLabel("Audience").fill("my-app");
    await page.getByRole("button", { name: "Add audiences" }).click();
    const audiences = page.getByRole("table", { name: "Audiences" });
    await expect(audiences).toContainText("my-app");
    await page.getByRole("radio", { name: "Select my-app" }).check();
    await page.getByRole("button", { name: "Remove audience" }).click();
    await expect(audiences).not.toContainText("my-app");
    await expect(audiences).toContainText("sts.amazonaws.com");
  });

  await test.step("add a SAML provider from its metadata document", async () => {
    await page.goto("/iam/identity-providers/create");
    await page.getByLabel("Provider name").fill(SAML_NAME);
    await page.getByLabel("Metadata document", { exact: true }).setInputFiles({ name: "metadata.xml", mimeType: "text/xml", buffer: Buffer.from(METADATA) });
    await expect(page.getByLabel("Metadata document XML")).toHaveValue(/EntityDescriptor/);
    await page.getByRole("button", { name: "Add provider" }).click();
    await expect(page.getByRole("heading", { name: SAML_NAME, level: 1 })).toBeVisible();
    await expect(page.getByText(`arn:aws:iam::${SANDBOX.identity}:saml-provider/${SAML_NAME}`)).toBeVisible();
    await openList(page, 2);
    await expect(page.getByRole("row", { name: new RegExp(SAML_NAME) })).toContainText("SAML");
    await expect(page.getByRole("row", { name: new RegExp(GH_HOST) })).toContainText("OpenID Connect");
  });

  await test.step("the Create role wizard offers both providers", async () => {
    await page.goto("/iam/roles/create");
    await page.getByRole("radio", { name: /^SAML 2.0 federation/ }).check();
    await expect(page.getByLabel("SAML 2.0–based provider").locator("option", { hasText: SAML_NAME })).toHaveCount(1);
    await page.getByRole("radio", { name: /^Web identity/ }).check();
    const select = page.getByLabel("Identity provider", { exact: true });
    await select.selectOption({ label: GH_HOST });
    await expect(page.getByLabel("Audience").locator("option", { hasText: "sts.amazonaws.com" })).toHaveCount(1);
  });

  await test.step("delete both with typed confirmation", async () => {
    await openList(page, 2);
    await deleteProvider(page, SAML_NAME);
    await expect(page.getByRole("heading", { name: /^Identity providers \(1\)/ })).toBeVisible();
    await deleteProvider(page, GH_HOST);
    await expect(page.getByRole("heading", { name: /^Identity providers \(0\)/ })).toBeVisible();
  });
});
