// Journey: the IAM Roles Anywhere console. The admin (roles seeded over the wire: one trusting
// rolesanywhere.amazonaws.com with the three actions it needs, one trusting EC2) has a leaf
// certificate refused as a trust anchor's bundle (not a CA), lets the sandbox generate a CA instead,
// creates a profile for the trusting role (the form says which roles trust Roles Anywhere), sees
// both on the Roles Anywhere home, edits the profile (duration, custom session names) and its
// attribute mappings, revokes a workload certificate (npm run sandbox:rolesanywhere mints it and
// writes a CRL signed by the anchor's CA; the anchor's page imports the CRL; CreateSession then
// refuses that certificate until the CRL is disabled), disables and enables each, then deletes both
// with typed confirmation. Breaks if the pages stop reading lib/rolesanywhere, a status change does
// not reach the lists, the role picker stops reading trust policies, or CRLs stop counting.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateRoleCommand, DeleteRoleCommand } from "@aws-sdk/client-iam";
import { expect, test, type Page } from "@playwright/test";
import { makeCertificate } from "../lib/x509/testing";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const STAMP = Date.now().toString(36);
const ANCHOR = `Factory CA ${STAMP}`;
const PROFILE = `factory-${STAMP}`;
const RA_ROLE = `RaWorkload-${STAMP}`;
const EC2_ROLE = `Ec2Only-${STAMP}`;
const RA_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "rolesanywhere.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] }],
});

const SCRIPT = path.join(process.cwd(), "scripts", "sandbox-rolesanywhere.ts");
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data");

/** npm run sandbox:rolesanywhere against the journey's server (its data directory, its endpoint). */
function sandboxScript(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, SCRIPT, ...args], { env: { ...process.env, SANDBOX_DATA_DIR: DATA_DIR }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The Roles Anywhere ARN of `type` in a Details value's text (the copy button's label around it). */
function arnOn(text: string | null, type: string): string {
  const m = new RegExp(`arn:aws:rolesanywhere:us-east-1:\\d{12}:${type}/[0-9a-f-]{36}`).exec(text ?? "");
  expect(m, `a ${type} ARN in ${text}`).not.toBeNull();
  return m![0];
}

/** The home page's section holding the table named `name` (Trust anchors, Profiles). */
const section = (page: Page, name: string) => page.locator("section").filter({ has: page.getByRole("table", { name, exact: true }) });

async function flash(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test.beforeAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  await iam.send(new CreateRoleCommand({ RoleName: RA_ROLE, AssumeRolePolicyDocument: RA_TRUST }));
  await iam.send(new CreateRoleCommand({ RoleName: EC2_ROLE, AssumeRolePolicyDocument: trustPolicy({ Service: "ec2.amazonaws.com" }) }));
});

test.afterAll(async ({ baseURL }) => {
  const iam = iamClient(baseURL!, ADMIN_KEYS.identity);
  for (const RoleName of [RA_ROLE, EC2_ROLE]) await iam.send(new DeleteRoleCommand({ RoleName })).catch(() => undefined);
});

test("trust anchor from a generated CA, a profile for a trusting role, edited, a revoked certificate refused, both listed, disabled and enabled, deleted", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  let anchorUrl = "";
  let anchorArn = "";
  let profileArn = "";

  await test.step("a leaf certificate is refused; a sandbox-generated CA becomes the trust anchor", async () => {
    await page.goto("/rolesanywhere/home");
    await expect(page.getByRole("heading", { level: 1, name: "IAM Roles Anywhere" })).toBeVisible();
    await section(page, "Trust anchors").getByRole("link", { name: "Create a trust anchor" }).click();
    await page.getByLabel("Trust anchor name").fill(ANCHOR);
    await page.getByRole("radio", { name: "External certificate bundle" }).check();
    await page.getByLabel("Certificate bundle body").fill((await makeCertificate({ name: `leaf-${STAMP}.example.com` })).certPem);
    await page.getByRole("button", { name: "Create a trust anchor" }).click();
    await expect(page.getByText(/not a CA certificate/)).toBeVisible();

    await page.getByRole("radio", { name: "Generate a CA for me (sandbox)" }).check();
    await page.getByRole("button", { name: "Create a trust anchor" }).click();
    await flash(page, `Trust anchor ${ANCHOR} created.`);
    await expect(page).toHaveURL(/\/rolesanywhere\/trust-anchors\/[0-9a-f-]{36}$/);
    anchorUrl = page.url();
    await expect(page.getByRole("heading", { level: 1, name: ANCHOR })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("The sandbox generated this CA");
    const certificate = page.getByRole("definition").filter({ hasText: `CN=${ANCHOR}` });
    await expect(certificate.first()).toBeVisible();
    await expect(page.getByText("Yes (CA:TRUE)")).toBeVisible();
    anchorArn = arnOn(await page.getByRole("definition").filter({ hasText: ":trust-anchor/" }).first().textContent(), "trust-anchor");
  });

  await test.step("the profile form shows which roles trust Roles Anywhere; a profile for one", async () => {
    await page.goto("/rolesanywhere/profiles/create");
    await page.getByLabel("Profile name").fill(PROFILE);
    await page.getByLabel("Search roles").fill(STAMP);
    const roles = page.getByRole("table", { name: "Roles" });
    await expect(roles.getByRole("row", { name: new RegExp(RA_ROLE) })).toContainText("Trusts rolesanywhere.amazonaws.com");
    await expect(roles.getByRole("row", { name: new RegExp(EC2_ROLE) })).toContainText("Does not trust rolesanywhere.amazonaws.com");
    await roles.getByRole("row", { name: new RegExp(RA_ROLE) }).getByRole("checkbox").check();
    await page.getByLabel("Duration (seconds)").fill("1800");
    await page.getByRole("button", { name: "Create a profile" }).click();
    await flash(page, `Profile ${PROFILE} created.`);
    await expect(page.getByRole("heading", { level: 1, name: PROFILE })).toBeVisible();
    await expect(page.getByRole("list", { name: "Profile roles" })).toContainText(RA_ROLE);
    await expect(page.getByText("30 minutes (1800 seconds)")).toBeVisible();
    profileArn = arnOn(await page.getByRole("definition").filter({ hasText: ":profile/" }).first().textContent(), "profile");
  });

  await test.step("the profile is edited: duration, custom session names, attribute mappings", async () => {
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Edit profile ${PROFILE}` });
    await dialog.getByLabel("Duration (seconds)").fill("60");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText(/Enter a whole number of seconds from 900 to 43200/)).toBeVisible();
    await dialog.getByLabel("Duration (seconds)").fill("2700");
    await dialog.getByRole("checkbox", { name: /Accept custom role session name/ }).check();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await flash(page, `Profile ${PROFILE} updated.`);
    await expect(page.getByText("45 minutes (2700 seconds)")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Yes" }).first()).toBeVisible();

    const mappings = page.getByRole("table", { name: "Attribute mappings" });
    await expect(mappings).toContainText("x509Issuer");
    await page.getByRole("button", { name: "Remove all x509Issuer mappings" }).click();
    await flash(page, "Mapping x509Issuer removed.");
    await expect(mappings).not.toContainText("x509Issuer");
    await page.getByRole("button", { name: "Add mapping" }).click();
    const add = page.getByRole("dialog", { name: "Add mapping" });
    await add.getByLabel("Certificate field").selectOption("x509Issuer");
    await add.getByLabel("Specifier").fill("CN");
    await add.getByRole("button", { name: "Add mapping" }).click();
    await flash(page, "Mapping x509Issuer/CN added.");
    await expect(mappings.getByRole("row", { name: /x509Issuer/ })).toContainText("CN");
  });

  await test.step("a certificate listed in an imported CRL is refused by CreateSession until the CRL is disabled", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ra-e2e-"));
    const endpoint = `${baseURL}/api/aws`;
    const roleArn = `arn:aws:iam::${SANDBOX.identity}:role/${RA_ROLE}`;
    const minted = await sandboxScript(["--trust-anchor-arn", anchorArn, "--profile-arn", profileArn, "--role-arn", roleArn, "--cn", "stolen-laptop", "--out-dir", dir, "--endpoint-url", endpoint]);
    expect(minted.stderr).toContain("certificate");
    expect(JSON.parse(minted.stdout)).toMatchObject({ Version: 1 });
    const crlFile = path.join(dir, "crl.pem");
    const crl = await sandboxScript(["--trust-anchor-arn", anchorArn, "--revoke", path.join(dir, "certificate.pem"), "--crl-out", crlFile]);
    expect(crl.code).toBe(0);

    await page.goto(anchorUrl);
    await page.getByRole("button", { name: "Import CRL" }).click();
    const dialog = page.getByRole("dialog", { name: "Import a certificate revocation list" });
    await dialog.getByLabel("CRL name").fill(`stolen-${STAMP}`);
    await dialog.getByLabel("CRL (PEM)").fill(readFileSync(crlFile, "utf8"));
    await dialog.getByRole("button", { name: "Import CRL" }).click();
    await flash(page, `CRL stolen-${STAMP} imported.`);
    const crls = page.getByRole("table", { name: "Certificate revocation lists" });
    await expect(crls.getByRole("row", { name: new RegExp(`stolen-${STAMP}`) })).toContainText("Enabled");

    const session = ["--certificate", path.join(dir, "certificate.pem"), "--private-key", path.join(dir, "private-key.pem"), "--trust-anchor-arn", anchorArn, "--profile-arn", profileArn, "--role-arn", roleArn, "--endpoint-url", endpoint];
    const refused = await sandboxScript(session);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("AccessDeniedException: Certificate revoked");

    await crls.getByRole("row", { name: new RegExp(`stolen-${STAMP}`) }).getByRole("button", { name: "Disable", exact: true }).click();
    await flash(page, `CRL stolen-${STAMP} disabled.`);
    expect((await sandboxScript(session)).code).toBe(0);

    await page.getByRole("button", { name: "Edit End-entity certificate expiry" }).click();
    const notify = page.getByRole("dialog", { name: "Edit notification: End-entity certificate expiry" });
    await notify.getByLabel("Days before expiry").fill("10");
    await notify.getByRole("button", { name: "Save changes" }).click();
    await flash(page, "Notification setting End-entity certificate expiry saved.");
    const settings = page.getByRole("table", { name: "Notification settings" });
    await expect(settings.getByRole("row", { name: /End-entity certificate expiry/ })).toContainText(SANDBOX.identity);
    await page.getByRole("button", { name: "Reset End-entity certificate expiry to default" }).click();
    await flash(page, "Notification setting End-entity certificate expiry reset to default.");
    await expect(settings.getByRole("row", { name: /End-entity certificate expiry/ })).toContainText("rolesanywhere.amazonaws.com");
  });

  await test.step("both are listed on the home page; each is disabled, then enabled again", async () => {
    await page.goto("/rolesanywhere/home");
    for (const [table, name, noun] of [["Trust anchors", ANCHOR, "Trust anchor"], ["Profiles", PROFILE, "Profile"]] as const) {
      const box = section(page, table);
      const row = box.getByRole("row", { name: new RegExp(name) });
      await expect(row).toContainText("Enabled");
      await row.getByRole("radio").check();
      await box.getByRole("button", { name: "Disable", exact: true }).click();
      await flash(page, `${noun} ${name} disabled.`);
      await expect(row).toContainText("Disabled");
      await box.getByRole("button", { name: "Enable", exact: true }).click();
      await flash(page, `${noun} ${name} enabled.`);
      await expect(row).toContainText("Enabled");
    }
    await expect(page.getByRole("table", { name: "Subject activity" })).toBeVisible();
  });

  await test.step("the profile and the trust anchor are deleted with typed confirmation", async () => {
    await section(page, "Profiles").getByRole("link", { name: PROFILE }).click();
    // Until the profile's page replaces the home page, both home tables offer a Delete button.
    await expect(page.getByRole("heading", { level: 1, name: PROFILE })).toBeVisible();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    let dialog = page.getByRole("dialog", { name: `Delete profile ${PROFILE}?` });
    await expect(dialog.getByRole("button", { name: "Delete" })).toBeDisabled();
    await dialog.getByLabel(/To confirm deletion/).fill(PROFILE);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await flash(page, `Profile ${PROFILE} deleted.`);
    await expect(page).toHaveURL(/\/rolesanywhere\/profiles$/);

    await page.goto(anchorUrl);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    dialog = page.getByRole("dialog", { name: `Delete trust anchor ${ANCHOR}?` });
    await dialog.getByLabel(/To confirm deletion/).fill(ANCHOR);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await flash(page, `Trust anchor ${ANCHOR} deleted.`);
    await expect(page.getByRole("table", { name: "Trust anchors" })).not.toContainText(ANCHOR);
  });
});
