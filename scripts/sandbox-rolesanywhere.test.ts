// The Roles Anywhere journey with the real AWS CLI: `npm run sandbox:rolesanywhere -- --setup` makes a
// trust anchor (sandbox CA), a role and a profile, mints a certificate and prints credential_process
// JSON; as an AWS CLI profile's credential_process it yields the role session `sts get-caller-identity`
// shows. A certificate from another CA, a disabled anchor and a role without the trust are refused, and
// a certificate --revoke lists in an imported CRL.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/credential-helper.html
// AWS: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sourcing-external.html
import { execFile } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { cliFor } from "@/lib/rolesanywhere/testing";
import { createRole, startHarness, type Harness } from "@/lib/wire/testing";
import { makeCertificate } from "@/lib/x509/testing";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCRIPT = path.join(ROOT, "scripts", "sandbox-rolesanywhere.ts");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const ACCT = "111111111111";

let h: Harness;
let endpoint: string;
let dir: string;
const arns = { trustAnchorArn: "", profileArn: "", roleArn: "" };
let printedProfile = "";

function script(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, SCRIPT, ...args], { env: process.env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const sessionArgs = (certificate: string, key: string, roleArn = arns.roleArn) => [
  "--certificate", certificate, "--private-key", key,
  "--trust-anchor-arn", arns.trustAnchorArn, "--profile-arn", arns.profileArn, "--role-arn", roleArn,
  "--endpoint-url", endpoint,
];

beforeAll(async () => {
  h = await startHarness();
  endpoint = `${h.url}/api/aws`;
  dir = mkdtempSync(path.join(tmpdir(), "ra-journey-"));
}, 60_000);
afterAll(() => h?.close());

describe("npm run sandbox:rolesanywhere", () => {
  it("sets up anchor, role and profile, mints a certificate and prints credential_process JSON", async () => {
    const out = await script(["--setup", "--name", "journey", "--cn", "build-agent", "--out-dir", dir, "--endpoint-url", endpoint]);
    expect(out.stderr).toContain("trust anchor arn:aws:rolesanywhere:us-east-1:111111111111:trust-anchor/");
    expect(out.code).toBe(0);
    const creds = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(creds).toMatchObject({ Version: 1, AccessKeyId: expect.stringMatching(/^ASIA/), SecretAccessKey: expect.any(String), SessionToken: expect.any(String) });
    expect(String(creds.Expiration)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    arns.trustAnchorArn = /trust anchor (\S+)/.exec(out.stderr)![1];
    arns.profileArn = /profile {6}(\S+)/.exec(out.stderr)![1];
    arns.roleArn = /role {9}(\S+)/.exec(out.stderr)![1];
    expect(arns.roleArn).toBe(`arn:aws:iam::${ACCT}:role/RolesAnywhereWorkload`);
    printedProfile = out.stderr.slice(out.stderr.indexOf("[profile rolesanywhere]")).trim();
    expect(printedProfile).toMatch(/^\[profile rolesanywhere\]\ncredential_process = env TSX_TSCONFIG_PATH=/);
  }, 90_000);

  it("is a credential_process: with the profile it printed, the CLI's sts get-caller-identity shows the role session", async () => {
    // The CLI runs in a directory of its own: the printed command must not depend on the app's.
    const cli = cliFor(endpoint);
    const certificate = path.join(dir, "certificate.pem");
    appendFileSync(cli.configFile, `${printedProfile}\nregion = us-east-1\n`);
    const who = await cli.run(null, ["sts", "get-caller-identity", "--profile", "rolesanywhere"]);
    expect(who.stderr).toBe("");
    const serial = new X509Certificate(await import("node:fs").then((fs) => fs.readFileSync(certificate))).serialNumber.toLowerCase();
    expect(who.json.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/RolesAnywhereWorkload/${serial}`);
  }, 90_000);

  it("refuses a certificate from another CA, a disabled anchor and a role without the trust", async () => {
    const ca = await makeCertificate({ ca: true, name: "Stranger CA" });
    const leaf = await makeCertificate({ name: "build-agent", issuer: ca });
    writeFileSync(path.join(dir, "stranger.pem"), leaf.certPem);
    writeFileSync(path.join(dir, "stranger.key"), leaf.keyPem);
    const foreign = await script(sessionArgs(path.join(dir, "stranger.pem"), path.join(dir, "stranger.key")));
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toContain("AccessDeniedException: Untrusted signing certificate");

    const ra = await import("@/lib/rolesanywhere");
    const u = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
    const admin: Caller = { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "api" };
    const anchorId = arns.trustAnchorArn.slice(arns.trustAnchorArn.lastIndexOf("/") + 1);
    const own = sessionArgs(path.join(dir, "certificate.pem"), path.join(dir, "private-key.pem"));
    await ra.disableTrustAnchor(admin, anchorId);
    const disabled = await script(own);
    await ra.enableTrustAnchor(admin, anchorId);
    expect(disabled.stderr).toContain("AccessDeniedException: Untrusted signing certificate");

    const untrusting = await createRole(h.db, { accountId: ACCT, name: "NoRolesAnywhere", trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: "sts:AssumeRole" }] } });
    const profileId = arns.profileArn.slice(arns.profileArn.lastIndexOf("/") + 1);
    await ra.updateProfile(admin, { profileId, roleArns: [arns.roleArn, untrusting.arn] });
    const refused = await script(sessionArgs(path.join(dir, "certificate.pem"), path.join(dir, "private-key.pem"), untrusting.arn));
    expect(refused.stderr).toContain(`AccessDeniedException: Unable to assume role for ${untrusting.arn}`);
  }, 120_000);

  it("--revoke signs a CRL with the anchor's sandbox CA; imported, it makes CreateSession refuse the certificate", async () => {
    const certificate = path.join(dir, "certificate.pem");
    const crlFile = path.join(dir, "crl.pem");
    const made = await script(["--trust-anchor-arn", arns.trustAnchorArn, "--revoke", certificate, "--crl-out", crlFile, "--import-crl"]);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/imported {5}arn:aws:rolesanywhere:us-east-1:111111111111:crl\/\S+ \(enabled\)/);
    expect(await import("node:fs").then((fs) => fs.readFileSync(crlFile, "utf8"))).toMatch(/^-----BEGIN X509 CRL-----\n/);
    const refused = await script(sessionArgs(certificate, path.join(dir, "private-key.pem")));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("AccessDeniedException: Certificate revoked");
  }, 120_000);
});
