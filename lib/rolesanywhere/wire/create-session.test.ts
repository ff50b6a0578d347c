// CreateSession over HTTP, signed as aws_signing_helper signs it (AWS4-X509-ECDSA/RSA-SHA256), and the
// credentials it returns used with the real CLI: `sts get-caller-identity` names the role session.
// Refusals as AWS words them: a certificate from another CA or a disabled anchor ("Untrusted signing
// certificate"), a role whose trust does not allow the service ("Unable to assume role for …"), a bad
// signature ("Invalid signature"), a session name the profile does not accept.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-create-session.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-sign-process.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { ListRolesCommand, ListUsersCommand } from "@aws-sdk/client-iam";
import { createRole, iamClient, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";
import { makeCertificate } from "@/lib/x509/testing";
import type * as RA from "../index";
import { cliFor } from "../testing";
import { signCreateSession } from "../x509-signature";

const ACCT = "111111111111";
let h: Harness;
let ra: typeof RA;
let admin: Caller;
let anchor: RA.TrustAnchorDetail;
let profile: RA.ProfileDetail;
let workload: { certPem: string; keyPem: string; serialNumber: string };

const TRUSTED = { Effect: "Allow", Principal: { Service: "rolesanywhere.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] };
const roleArn = (name: string) => `arn:aws:iam::${ACCT}:role/${name}`;

async function post(body: object, cert = workload, opts: { chainPems?: string[]; tamper?: boolean; query?: string } = {}) {
  const url = `${h.url}/api/aws/sessions${opts.query ?? ""}`;
  const text = JSON.stringify(body);
  const headers = signCreateSession({ url, body: text, certificatePem: cert.certPem, privateKeyPem: cert.keyPem, chainPems: opts.chainPems });
  const res = await fetch(url, { method: "POST", headers, body: opts.tamper ? text.replace("}", ', "durationSeconds": 900}') : text });
  return { status: res.status, errorType: res.headers.get("x-amzn-errortype"), json: (await res.json()) as Record<string, unknown> };
}

const request = (role = "RaWorkload", extra: object = {}) => ({ profileArn: profile.profileArn, roleArn: roleArn(role), trustAnchorArn: anchor.trustAnchorArn, ...extra });

beforeAll(async () => {
  h = await startHarness();
  ra = await import("../index");
  const u = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  admin = { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "api" };
  await createRole(h.db, { accountId: ACCT, name: "RaWorkload", maxSessionDuration: 3600, trust: { Version: "2012-10-17", Statement: [{ ...TRUSTED, Condition: { StringEquals: { "aws:PrincipalTag/x509Subject/CN": "app1" } } }] } });
  await createRole(h.db, { accountId: ACCT, name: "RaNoTrust", trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] } });
  anchor = await ra.generateTrustAnchorCa(admin, { name: "journey-ca" });
  profile = await ra.createProfile(admin, { name: "journey", roleArns: [roleArn("RaWorkload"), roleArn("RaNoTrust")], durationSeconds: 7200, enabled: true });
  workload = await ra.mintWorkloadCertificateFor(admin, anchor.trustAnchorId, { commonName: "app1", dnsNames: ["app1.example.com"] });
}, 60_000);
afterAll(() => h?.close());

describe("CreateSession", () => {
  it("issues credentials for the role, named for the certificate serial, that the CLI uses", async () => {
    const out = await post(request());
    expect(out.status).toBe(201);
    const [member] = out.json.credentialSet as RA.CredentialSetMember[];
    expect(member.roleArn).toBe(roleArn("RaWorkload"));
    expect(member.sourceIdentity).toBe("app1");
    expect(member.assumedRoleUser.arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/RaWorkload/${workload.serialNumber}`);
    // The profile asks 7200 s; the role allows 3600.
    const expires = new Date(member.credentials.expiration).getTime();
    expect(Math.round((expires - Date.now()) / 1000)).toBeLessThanOrEqual(3600);
    expect(Math.round((expires - Date.now()) / 1000)).toBeGreaterThan(3500);
    expect(String(out.json.subjectArn)).toMatch(/^arn:aws:rolesanywhere:us-east-1:111111111111:subject\/[a-f0-9-]{36}$/);

    const cli = cliFor(`${h.url}/api/aws`);
    const who = await cli.run({ accessKeyId: member.credentials.accessKeyId, secretAccessKey: member.credentials.secretAccessKey, sessionToken: member.credentials.sessionToken }, ["sts", "get-caller-identity"]);
    expect(who.stderr).toBe("");
    expect(who.json.Arn).toBe(member.assumedRoleUser.arn);

    const subject = (await ra.listSubjects(admin)).subjects.find((s) => s.subjectArn === out.json.subjectArn)!;
    expect(subject.x509Subject).toBe("CN=app1");
    const detail = await ra.getSubject(admin, subject.subjectId);
    expect(detail.credentials[0]).toMatchObject({ serialNumber: workload.serialNumber, failed: false });
    const trail = await h.db.trailEvent.findFirst({ where: { eventName: "CreateSession", errorCode: null } });
    expect(trail?.eventSource).toBe("rolesanywhere.amazonaws.com");
    expect(trail?.record).not.toContain(member.credentials.secretAccessKey);
  }, 60_000);

  it("signs with an RSA key too (AWS4-X509-RSA-SHA256)", async () => {
    const rsa = await ra.mintWorkloadCertificateFor(admin, anchor.trustAnchorId, { commonName: "app1", algorithm: "RSA" });
    expect((await post(request(), rsa)).status).toBe(201);
  });

  it("refuses a certificate from another CA, and any certificate once the anchor is disabled", async () => {
    const otherCa = await makeCertificate({ ca: true, name: "Other CA" });
    const stranger = await makeCertificate({ name: "app1", issuer: otherCa });
    const foreign = await post(request(), { certPem: stranger.certPem, keyPem: stranger.keyPem, serialNumber: "" });
    expect(foreign).toMatchObject({ status: 403, errorType: "AccessDeniedException", json: { message: "Untrusted signing certificate" } });
    await ra.disableTrustAnchor(admin, anchor.trustAnchorId);
    try {
      expect(await post(request())).toMatchObject({ status: 403, json: { message: "Untrusted signing certificate" } });
    } finally {
      await ra.enableTrustAnchor(admin, anchor.trustAnchorId);
    }
  });

  it("refuses a role whose trust policy does not allow Roles Anywhere, and a subject the condition excludes", async () => {
    expect(await post(request("RaNoTrust"))).toMatchObject({ status: 403, json: { message: `Unable to assume role for ${roleArn("RaNoTrust")}` } });
    const other = await ra.mintWorkloadCertificateFor(admin, anchor.trustAnchorId, { commonName: "app2" });
    expect(await post(request(), other)).toMatchObject({ status: 403, json: { message: `Unable to assume role for ${roleArn("RaWorkload")}` } });
    // The failed attempt is the subject's activity too.
    const subject = (await ra.listSubjects(admin)).subjects.find((s) => s.x509Subject === "CN=app2")!;
    expect((await ra.getSubject(admin, subject.subjectId)).credentials[0].failed).toBe(true);
  });

  it("refuses a body that is not what was signed, and a session name the profile does not accept", async () => {
    expect(await post(request(), workload, { tamper: true })).toMatchObject({ status: 403, json: { message: "Invalid signature" } });
    expect(await post(request("RaWorkload", { roleSessionName: "custom" }))).toMatchObject({ status: 403, json: { message: "Not authorized to set roleSessionName." } });
  });

  it("takes the members from the query string as the signing helper sends them", async () => {
    const query = `?profileArn=${encodeURIComponent(profile.profileArn)}&roleArn=${encodeURIComponent(roleArn("RaWorkload"))}&trustAnchorArn=${encodeURIComponent(anchor.trustAnchorArn)}`;
    expect((await post({ durationSeconds: 900 }, workload, { query })).status).toBe(201);
  });

  it("bounds the session by the profile's session policy and managed policies", async () => {
    // The role may read IAM. The session policies (the profile's inline one and its managed ones, taken
    // together as STS takes Policy and PolicyArns) allow iam:ListRoles and S3 reads: ListUsers is denied.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
    await createRole(h.db, { accountId: ACCT, name: "RaReader", trust: { Version: "2012-10-17", Statement: [TRUSTED] }, managedPolicyArns: ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"] });
    const bounded = await ra.createProfile(admin, {
      name: "bounded",
      roleArns: [roleArn("RaReader")],
      enabled: true,
      sessionPolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListRoles", Resource: "*" }] }),
      managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"],
    });
    const out = await post({ profileArn: bounded.profileArn, roleArn: roleArn("RaReader"), trustAnchorArn: anchor.trustAnchorArn });
    expect(out.status).toBe(201);
    const c = (out.json.credentialSet as RA.CredentialSetMember[])[0].credentials;
    const iam = iamClient(`${h.url}/api/aws`, { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken });
    expect((await iam.send(new ListRolesCommand({}))).Roles?.length).toBeGreaterThan(0);
    expect((await sdkFailure(iam.send(new ListUsersCommand({})))).name).toBe("AccessDenied");
  });
});
