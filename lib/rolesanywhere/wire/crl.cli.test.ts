// Revocation end to end: a CRL signed by the trust anchor's CA, imported with the real CLI
// (`aws rolesanywhere import-crl --crl-data fileb://crl.pem`), makes CreateSession refuse the
// certificate it lists (403 AccessDeniedException) while another certificate of the same CA still
// gets credentials; disabling the CRL lets the revoked one through again. UpdateProfile through the CLI.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_UpdateProfile.html
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { ADMIN_111, createRole, startHarness, type Harness } from "@/lib/wire/testing";
import type * as RA from "../index";
import { cliFor, signedCall, type CliRunner } from "../testing";
import { signCreateSession } from "../x509-signature";

const ACCT = "111111111111";
const ROLE = `arn:aws:iam::${ACCT}:role/RaCrlWorkload`;
let h: Harness;
let cli: CliRunner;
let ra: typeof RA;
let admin: Caller;
let anchor: RA.TrustAnchorDetail;
let profile: RA.ProfileDetail;

async function createSession(cert: { certPem: string; keyPem: string }) {
  const url = `${h.url}/api/aws/sessions`;
  const body = JSON.stringify({ profileArn: profile.profileArn, roleArn: ROLE, trustAnchorArn: anchor.trustAnchorArn });
  const res = await fetch(url, { method: "POST", headers: signCreateSession({ url, body, certificatePem: cert.certPem, privateKeyPem: cert.keyPem }), body });
  return { status: res.status, type: res.headers.get("x-amzn-errortype"), json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  h = await startHarness();
  cli = cliFor(`${h.url}/api/aws`);
  ra = await import("../index");
  const u = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  admin = { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "api" };
  await createRole(h.db, {
    accountId: ACCT,
    name: "RaCrlWorkload",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "rolesanywhere.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] }] },
  });
  anchor = await ra.generateTrustAnchorCa(admin, { name: "crl-ca" });
  profile = await ra.createProfile(admin, { name: "crl-profile", roleArns: [ROLE], enabled: true });
}, 60_000);
afterAll(() => h?.close());

describe("CRLs over the CLI", () => {
  it("refuses a revoked certificate once its CA's CRL is imported and enabled", async () => {
    const revoked = await ra.mintWorkloadCertificateFor(admin, anchor.trustAnchorId, { commonName: "stolen-laptop" });
    const good = await ra.mintWorkloadCertificateFor(admin, anchor.trustAnchorId, { commonName: "build-server" });
    expect((await createSession(revoked)).status).toBe(201);

    const crlFile = path.join(cli.dir, "crl.pem");
    writeFileSync(crlFile, await ra.signCrlFor(admin, anchor.trustAnchorId, [revoked.serialNumber]));
    const imported = await cli.run(ADMIN_111, ["rolesanywhere", "import-crl", "--name", "sandbox-crl", "--crl-data", `fileb://${crlFile}`, "--trust-anchor-arn", anchor.trustAnchorArn, "--enabled"]);
    expect(imported.stderr).toBe("");
    const crl = imported.json.crl as Record<string, unknown>;
    expect(crl).toMatchObject({ name: "sandbox-crl", enabled: true, trustAnchorArn: anchor.trustAnchorArn });
    expect(crl.crlArn).toBe(`arn:aws:rolesanywhere:us-east-1:${ACCT}:crl/${crl.crlId}`);
    // The blob comes back as imported (the CLI prints it base64-encoded).
    expect(Buffer.from(String(crl.crlData), "base64").toString("utf8")).toContain("-----BEGIN X509 CRL-----");
    const listed = await cli.run(ADMIN_111, ["rolesanywhere", "list-crls"]);
    expect((listed.json.crls as Array<Record<string, unknown>>).map((c) => c.crlId)).toEqual([crl.crlId]);

    const refused = await createSession(revoked);
    expect(refused).toMatchObject({ status: 403, type: "AccessDeniedException", json: { message: "Certificate revoked" } });
    expect((await createSession(good)).status).toBe(201);

    const disabled = await cli.run(ADMIN_111, ["rolesanywhere", "disable-crl", "--crl-id", String(crl.crlId)]);
    expect((disabled.json.crl as Record<string, unknown>).enabled).toBe(false);
    expect((await createSession(revoked)).status).toBe(201);

    const deleted = await cli.run(ADMIN_111, ["rolesanywhere", "delete-crl", "--crl-id", String(crl.crlId)]);
    expect((deleted.json.crl as Record<string, unknown>).crlId).toBe(crl.crlId);
    const gone = await cli.run(ADMIN_111, ["rolesanywhere", "get-crl", "--crl-id", String(crl.crlId)]);
    expect(gone.stderr).toContain("An error occurred (ResourceNotFoundException) when calling the GetCrl operation");
  }, 120_000);

  it("refuses crlData that is not a PEM CRL, and a trust anchor the account lacks", async () => {
    const notCrl = path.join(cli.dir, "not-a-crl.pem");
    writeFileSync(notCrl, "hello");
    const bad = await cli.run(ADMIN_111, ["rolesanywhere", "import-crl", "--name", "bad", "--crl-data", `fileb://${notCrl}`, "--trust-anchor-arn", anchor.trustAnchorArn]);
    expect(bad.stderr).toContain("An error occurred (ValidationException) when calling the ImportCrl operation: Invalid crlData");
    const crlFile = path.join(cli.dir, "crl2.pem");
    writeFileSync(crlFile, await ra.signCrlFor(admin, anchor.trustAnchorId, ["0abc"]));
    const missing = `arn:aws:rolesanywhere:us-east-1:${ACCT}:trust-anchor/00000000-0000-0000-0000-000000000000`;
    const noAnchor = await cli.run(ADMIN_111, ["rolesanywhere", "import-crl", "--name", "orphan", "--crl-data", `fileb://${crlFile}`, "--trust-anchor-arn", missing]);
    expect(noAnchor.stderr).toContain(`(ValidationException) when calling the ImportCrl operation: Trust anchor ${missing} not found.`);
  }, 60_000);

  it("updates a profile with the CLI and sets acceptRoleSessionName over the wire", async () => {
    const updated = await cli.run(ADMIN_111, ["rolesanywhere", "update-profile", "--profile-id", profile.profileId, "--duration-seconds", "1800", "--name", "crl-profile-2"]);
    expect(updated.stderr).toBe("");
    expect(updated.json.profile).toMatchObject({ durationSeconds: 1800, name: "crl-profile-2", roleArns: [ROLE] });
    // The installed CLI predates acceptRoleSessionName; the API takes it (UpdateProfile, 2024).
    const accepted = await signedCall(h.url, ADMIN_111, "PATCH", `/profile/${profile.profileId}`, JSON.stringify({ acceptRoleSessionName: true }));
    expect(accepted.status).toBe(200);
    expect(accepted.json.profile).toMatchObject({ acceptRoleSessionName: true, durationSeconds: 1800 });
  }, 60_000);
});
