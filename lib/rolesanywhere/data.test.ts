// The Roles Anywhere data layer: CRUD, enable/disable, tags, paging, validation texts, and
// authorization before existence (alice, with no policies, is denied for a missing id and an
// existing one alike, the message naming the resource's ARN).
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateTrustAnchor.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { makeCertificate } from "@/lib/x509/testing";

let sb: Sandbox;
let ra: typeof import("./index");

beforeAll(async () => {
  sb = await openSandbox();
  ra = await import("./index");
}, 60_000);

const MISSING = "00000000-0000-0000-0000-000000000000";

describe("trust anchors", () => {
  it("creates from an uploaded CA certificate, disabled by default, and reads it back", async () => {
    const ca = await makeCertificate({ ca: true, name: "Uploaded CA" });
    const created = await ra.createTrustAnchor(sb.admin, {
      name: "uploaded",
      source: { sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: ca.certPem } },
      tags: [{ key: "team", value: "ops" }],
    });
    expect(created.trustAnchorArn).toBe(`arn:aws:rolesanywhere:us-east-1:${ACCT}:trust-anchor/${created.trustAnchorId}`);
    expect(created.trustAnchorId).toMatch(/^[a-f0-9]{8}-([a-f0-9]{4}-){3}[a-f0-9]{12}$/);
    expect(created.enabled).toBe(false);
    expect(await ra.getTrustAnchor(sb.admin, created.trustAnchorId)).toEqual(created);
    expect(await ra.listTagsForResource(sb.admin, created.trustAnchorArn)).toEqual({ tags: [{ key: "team", value: "ops" }] });
    expect((await ra.enableTrustAnchor(sb.admin, created.trustAnchorId)).enabled).toBe(true);
    expect((await ra.disableTrustAnchor(sb.admin, created.trustAnchorId)).enabled).toBe(false);
    expect(await ra.trustAnchorHasSandboxCa(sb.admin, created.trustAnchorId)).toBe(false);
    expect((await failure(ra.mintWorkloadCertificateFor(sb.admin, created.trustAnchorId))).code).toBe("ValidationException");
  });

  it("refuses a certificate that is not a CA, and a name outside the model's pattern", async () => {
    const leaf = await makeCertificate({ name: "leaf" });
    const notCa = await failure(ra.createTrustAnchor(sb.admin, { name: "x", source: { sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: leaf.certPem } } }));
    expect(notCa.code).toBe("ValidationException");
    expect(await failure(ra.createTrustAnchor(sb.admin, { name: "bad/name", source: { sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: leaf.certPem } } }))).toEqual({
      code: "ValidationException",
      message: "1 validation error detected: Value 'bad/name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[ a-zA-Z0-9-_]*$",
    });
  });

  it("generates a CA the sandbox can mint workload certificates from", async () => {
    const anchor = await ra.generateTrustAnchorCa(sb.admin, { name: "sandbox-ca" });
    expect(anchor.enabled).toBe(true);
    expect(await ra.trustAnchorHasSandboxCa(sb.admin, anchor.trustAnchorId)).toBe(true);
    const minted = await ra.mintWorkloadCertificateFor(sb.admin, anchor.trustAnchorId, { commonName: "app1", dnsNames: ["app1.example.com"] });
    const { X509Certificate } = await import("node:crypto");
    const leaf = new X509Certificate(minted.certPem);
    const caCert = new X509Certificate("x509CertificateData" in anchor.source.sourceData ? anchor.source.sourceData.x509CertificateData : "");
    expect(leaf.checkIssued(caCert)).toBe(true);
    expect(leaf.verify(caCert.publicKey)).toBe(true);
    expect(leaf.subject).toBe("CN=app1");
    // The certificate keeps the minted serial byte for byte, a leading zero nibble included.
    expect(leaf.serialNumber.toLowerCase()).toBe(minted.serialNumber);
    // Replacing the CA drops the key the sandbox held for the old one.
    const other = await makeCertificate({ ca: true });
    await ra.updateTrustAnchor(sb.admin, { trustAnchorId: anchor.trustAnchorId, source: { sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: other.certPem } } });
    expect(await ra.trustAnchorHasSandboxCa(sb.admin, anchor.trustAnchorId)).toBe(false);
  });

  it("denies before it looks up: alice gets AccessDenied for a missing anchor and an existing one", async () => {
    const anchor = await ra.generateTrustAnchorCa(sb.admin, { name: "denied" });
    const existing = await failure(ra.getTrustAnchor(sb.alice, anchor.trustAnchorId));
    const missing = await failure(ra.getTrustAnchor(sb.alice, MISSING));
    expect(existing.code).toBe("AccessDenied");
    expect(existing.message).toContain(`rolesanywhere:GetTrustAnchor on resource: ${anchor.trustAnchorArn}`);
    expect(missing.code).toBe("AccessDenied");
    expect(missing.message).toContain(`arn:aws:rolesanywhere:us-east-1:${ACCT}:trust-anchor/${MISSING}`);
    expect((await failure(ra.getTrustAnchor(sb.admin, MISSING))).code).toBe("ResourceNotFoundException");
    expect((await failure(ra.getTrustAnchor(sb.admin, "nope"))).message).toBe(
      "1 validation error detected: Value 'nope' at 'trustAnchorId' failed to satisfy constraint: Member must have length greater than or equal to 36",
    );
  });

  it("deletes, and pages the list with nextToken", async () => {
    for (const name of ["p1", "p2", "p3"]) await ra.generateTrustAnchorCa(sb.admin, { name });
    const all = (await ra.listTrustAnchors(sb.admin, { pageSize: 1000 })).trustAnchors;
    const first = await ra.listTrustAnchors(sb.admin, { pageSize: 2 });
    expect(first.trustAnchors).toHaveLength(2);
    const second = await ra.listTrustAnchors(sb.admin, { pageSize: 2, nextToken: first.nextToken });
    expect(second.trustAnchors[0].trustAnchorId).toBe(all[2].trustAnchorId);
    const gone = await ra.deleteTrustAnchor(sb.admin, all[0].trustAnchorId);
    expect(gone.trustAnchorId).toBe(all[0].trustAnchorId);
    expect((await failure(ra.getTrustAnchor(sb.admin, gone.trustAnchorId))).code).toBe("ResourceNotFoundException");
  });
});

describe("profiles", () => {
  it("creates with AWS's defaults, updates only what is given, enables and deletes", async () => {
    const p = await ra.createProfile(sb.admin, { name: "workloads", roleArns: [`arn:aws:iam::${ACCT}:role/App`] });
    expect(p).toMatchObject({ enabled: false, durationSeconds: 3600, managedPolicyArns: [], requireInstanceProperties: false, acceptRoleSessionName: false, createdBy: sb.admin.arn });
    expect(p.sessionPolicy).toBeUndefined();
    const u = await ra.updateProfile(sb.admin, { profileId: p.profileId, durationSeconds: 900, sessionPolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }) });
    expect(u).toMatchObject({ name: "workloads", durationSeconds: 900, roleArns: [`arn:aws:iam::${ACCT}:role/App`] });
    expect((await ra.enableProfile(sb.admin, p.profileId)).enabled).toBe(true);
    expect((await ra.listProfiles(sb.admin)).profiles.map((x) => x.profileId)).toContain(p.profileId);
    await ra.deleteProfile(sb.admin, p.profileId);
    expect((await failure(ra.getProfile(sb.admin, p.profileId))).code).toBe("ResourceNotFoundException");
  });

  it("holds durationSeconds to 900–43200 and role ARNs to the model's pattern", async () => {
    expect(await failure(ra.createProfile(sb.admin, { name: "d", roleArns: [], durationSeconds: 43201 }))).toEqual({
      code: "ValidationException",
      message: "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    });
    expect((await failure(ra.createProfile(sb.admin, { name: "d", roleArns: ["arn:aws:iam::111111111111:user/x"] }))).message).toContain("at 'roleArns.1.member'");
  });

  it("authorizes CreateProfile with the request tags", async () => {
    const denied = await failure(ra.createProfile(sb.alice, { name: "a", roleArns: [], tags: [{ key: "k", value: "v" }] }));
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain("rolesanywhere:CreateProfile");
  });
});

describe("subjects", () => {
  it("records activity per subject and certificate, and lists it", async () => {
    const at = new Date();
    const arn = await ra.recordSubjectActivity({ accountId: ACCT, x509Subject: "CN=app9", issuer: "CN=ca", serialNumber: "0a", certificatePem: "pem", failed: false, at });
    const again = await ra.recordSubjectActivity({ accountId: ACCT, x509Subject: "CN=app9", issuer: "CN=ca", serialNumber: "0b", certificatePem: "pem2", failed: true, at: new Date(at.getTime() + 1000) });
    expect(again).toBe(arn);
    const listed = (await ra.listSubjects(sb.admin)).subjects.find((s) => s.subjectArn === arn)!;
    const detail = await ra.getSubject(sb.admin, listed.subjectId);
    expect(detail.x509Subject).toBe("CN=app9");
    expect(detail.credentials.map((c) => [c.serialNumber, c.failed])).toEqual([
      ["0b", true],
      ["0a", false],
    ]);
    expect((await failure(ra.getSubject(sb.alice, listed.subjectId))).code).toBe("AccessDenied");
  });
});
