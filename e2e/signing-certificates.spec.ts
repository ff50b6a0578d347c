// Journey: the admin uploads an X.509 signing certificate for a user from the Security credentials
// tab, makes it inactive and active again, sees AWS's MalformedCertificate for a body that is not a
// certificate, and deletes it with the certificate id typed. The certificate is made here
// (lib/x509/testing.ts). Breaks if the section stops reflecting the API's state.
import { CreateUserCommand, ListSigningCertificatesCommand } from "@aws-sdk/client-iam";
import { expect, test } from "@playwright/test";
import { makeCertificate } from "../lib/x509/testing";
import { ADMIN_KEYS, iamClient } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const USER = `x509-${Date.now().toString(36)}`;

test.afterAll(async ({ request, baseURL }) => {
  // The console's delete removes the user with its certificates.
  await request.delete(`/api/console/users/${USER}`, { headers: { "content-type": "application/json", origin: baseURL! } });
});

test("admin uploads, deactivates and deletes a user's X.509 signing certificate", async ({ page, baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateUserCommand({ UserName: USER }));
  const { certPem } = await makeCertificate();
  let certId = "";

  await test.step("open the user's security credentials", async () => {
    await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
    await page.goto(`/iam/users/${USER}`);
    await page.getByRole("tab", { name: "Security credentials" }).click();
    await expect(page.getByRole("heading", { name: /X\.509 signing certificates \(0\)/ })).toBeVisible();
  });

  await test.step("a body that is not a certificate: AWS's MalformedCertificate", async () => {
    await page.getByRole("button", { name: "Upload X.509 certificate" }).click();
    const dialog = page.getByRole("dialog", { name: "Upload X.509 certificate" });
    await dialog.getByLabel("Certificate body").fill("notacert");
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(dialog.getByText("Unable to parse certificate. Please ensure the certificate is in PEM format.")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  await test.step("upload a certificate: listed Active, as the API lists it", async () => {
    await page.getByRole("button", { name: "Upload X.509 certificate" }).click();
    const dialog = page.getByRole("dialog", { name: "Upload X.509 certificate" });
    await dialog.getByLabel("Certificate body").fill(certPem);
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(page.getByRole("heading", { name: /X\.509 signing certificates \(1\)/ })).toBeVisible();
    const listed = (await iam.send(new ListSigningCertificatesCommand({ UserName: USER }))).Certificates ?? [];
    expect(listed).toHaveLength(1);
    certId = listed[0].CertificateId ?? "";
    await expect(page.getByRole("status").filter({ hasText: `Certificate ${certId} uploaded.` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(certId) })).toContainText("Active");
  });

  await test.step("make it inactive, then active again", async () => {
    const row = page.getByRole("row", { name: new RegExp(certId) });
    await row.getByRole("button", { name: "Make inactive" }).click();
    await expect(row).toContainText("Inactive");
    expect((await iam.send(new ListSigningCertificatesCommand({ UserName: USER }))).Certificates?.[0].Status).toBe("Inactive");
    await row.getByRole("button", { name: "Make active" }).click();
    await expect(row.getByRole("button", { name: "Make inactive" })).toBeVisible();
  });

  await test.step("delete it with its id typed", async () => {
    await page.getByRole("row", { name: new RegExp(certId) }).getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${certId}?` });
    await expect(dialog.getByRole("button", { name: "Delete", exact: true })).toBeDisabled();
    await dialog.getByLabel(/enter the certificate ID/).fill(certId);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Certificate ${certId} deleted.` })).toBeVisible();
    await expect(page.getByRole("heading", { name: /X\.509 signing certificates \(0\)/ })).toBeVisible();
    expect((await iam.send(new ListSigningCertificatesCommand({ UserName: USER }))).Certificates).toEqual([]);
  });
});
