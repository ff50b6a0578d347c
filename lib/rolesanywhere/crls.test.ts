// The data layer's newer Roles Anywhere operations: CRLs (a list counts only for certificates its
// signer issued), notification settings (defaults, overrides, reset), attribute mappings (and the
// session tags they make), and AWS_ACM_PCA trust anchors in a sandbox without ACM PCA.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutNotificationSettings.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
import { X509Certificate } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { certificateTags } from "./certificates";

let sb: Sandbox;
let ra: typeof import("./index");
// Imported once the sandbox's database is set (they reach lib/db).
let ca: typeof import("./ca");
let rev: typeof import("./revocation");

beforeAll(async () => {
  sb = await openSandbox();
  ra = await import("./index");
  ca = await import("./ca");
  rev = await import("./revocation");
}, 60_000);

describe("CRLs", () => {
  it("revokes a listed certificate only when the CRL is its issuer's, signed with its key", async () => {
    const issuing = await ca.generateCaCertificate({ commonName: "Issuing CA" });
    const other = await ca.generateCaCertificate({ commonName: "Issuing CA" }); // same name, another key
    const leaf = await ca.mintWorkloadCertificate(issuing.certPem, issuing.keyPem, { commonName: "w1" });
    const cert = new X509Certificate(leaf.certPem);
    const issuer = new X509Certificate(issuing.certPem);
    const own = rev.parseCrl(Buffer.from(await rev.signCrl(issuing.certPem, issuing.keyPem, [leaf.serialNumber])));
    expect(await rev.crlRevokes(own, cert, [issuer])).toBe(true);
    const forged = rev.parseCrl(Buffer.from(await rev.signCrl(other.certPem, other.keyPem, [leaf.serialNumber])));
    expect(await rev.crlRevokes(forged, cert, [issuer])).toBe(false);
    const unrelated = rev.parseCrl(Buffer.from(await rev.signCrl(issuing.certPem, issuing.keyPem, ["01"])));
    expect(await rev.crlRevokes(unrelated, cert, [issuer])).toBe(false);
  });

  it("imports, renames, enables, lists and deletes, authorized before lookup", async () => {
    const anchor = await ra.generateTrustAnchorCa(sb.admin, { name: "crl-anchor" });
    const pem = await ra.signCrlFor(sb.admin, anchor.trustAnchorId, ["0a0b"]);
    const crl = await ra.importCrl(sb.admin, { name: "first", crlData: Buffer.from(pem), trustAnchorArn: anchor.trustAnchorArn, tags: [{ key: "k", value: "v" }] });
    expect(crl).toMatchObject({ name: "first", enabled: false, trustAnchorArn: anchor.trustAnchorArn, crlArn: `arn:aws:rolesanywhere:us-east-1:${ACCT}:crl/${crl.crlId}` });
    expect(await ra.listTagsForResource(sb.admin, crl.crlArn)).toEqual({ tags: [{ key: "k", value: "v" }] });
    expect((await ra.updateCrl(sb.admin, { crlId: crl.crlId, name: "renamed" })).name).toBe("renamed");
    expect((await ra.enableCrl(sb.admin, crl.crlId)).enabled).toBe(true);
    expect((await ra.listCrls(sb.admin)).crls.map((c) => c.crlId)).toContain(crl.crlId);
    const denied = await failure(ra.getCrl(sb.alice, crl.crlId));
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain(`rolesanywhere:GetCrl on resource: ${crl.crlArn}`);
    expect((await failure(ra.updateCrl(sb.admin, { crlId: crl.crlId, crlData: Buffer.from("nope") }))).message).toMatch(/^Invalid crlData/);
    await ra.deleteCrl(sb.admin, crl.crlId);
    expect((await failure(ra.getCrl(sb.admin, crl.crlId))).code).toBe("ResourceNotFoundException");
  });
});

describe("notification settings", () => {
  it("reports the defaults, an override configured by the account, and the default again after a reset", async () => {
    const anchor = await ra.generateTrustAnchorCa(sb.admin, { name: "notify-anchor" });
    expect(anchor.notificationSettings).toEqual([
      { event: "CA_CERTIFICATE_EXPIRY", enabled: true, channel: "ALL", threshold: 45, configuredBy: "rolesanywhere.amazonaws.com" },
      { event: "END_ENTITY_CERTIFICATE_EXPIRY", enabled: true, channel: "ALL", threshold: 45, configuredBy: "rolesanywhere.amazonaws.com" },
    ]);
    const put = await ra.putNotificationSettings(sb.admin, { trustAnchorId: anchor.trustAnchorId, notificationSettings: [{ event: "END_ENTITY_CERTIFICATE_EXPIRY", enabled: true, threshold: 10 }] });
    expect(put.notificationSettings[1]).toEqual({ event: "END_ENTITY_CERTIFICATE_EXPIRY", enabled: true, channel: "ALL", threshold: 10, configuredBy: ACCT });
    expect(put.notificationSettings[0].configuredBy).toBe("rolesanywhere.amazonaws.com");
    const reset = await ra.resetNotificationSettings(sb.admin, { trustAnchorId: anchor.trustAnchorId, notificationSettingKeys: [{ event: "END_ENTITY_CERTIFICATE_EXPIRY" }] });
    expect(reset.notificationSettings).toEqual(anchor.notificationSettings);
    const tooHigh = await failure(ra.putNotificationSettings(sb.admin, { trustAnchorId: anchor.trustAnchorId, notificationSettings: [{ event: "CA_CERTIFICATE_EXPIRY", enabled: true, threshold: 400 }] }));
    expect(tooHigh.message).toBe("1 validation error detected: Value '400' at 'notificationSettings.1.member.threshold' failed to satisfy constraint: Member must have value less than or equal to 360");
    const badEvent = await failure(ra.putNotificationSettings(sb.admin, { trustAnchorId: anchor.trustAnchorId, notificationSettings: [{ event: "SOON", enabled: false }] }));
    expect(badEvent.code).toBe("ValidationException");
  });
});

describe("attribute mappings", () => {
  it("puts and deletes rules, and CreateSession's tags follow them", async () => {
    const profile = await ra.createProfile(sb.admin, { name: "mapped", roleArns: [`arn:aws:iam::${ACCT}:role/R`] });
    expect(profile.attributeMappings.map((m) => m.certificateField)).toEqual(["x509Subject", "x509Issuer", "x509SAN"]);
    const noIssuer = await ra.deleteAttributeMapping(sb.admin, { profileId: profile.profileId, certificateField: "x509Issuer" });
    expect(noIssuer.attributeMappings.map((m) => m.certificateField)).toEqual(["x509Subject", "x509SAN"]);
    await ra.deleteAttributeMapping(sb.admin, { profileId: profile.profileId, certificateField: "x509Subject" });
    const cnOnly = await ra.putAttributeMapping(sb.admin, { profileId: profile.profileId, certificateField: "x509Subject", mappingRules: [{ specifier: "CN" }] });
    expect(cnOnly.attributeMappings).toContainEqual({ certificateField: "x509Subject", mappingRules: [{ specifier: "CN" }] });

    const issuing = await ca.generateCaCertificate({ commonName: "Mapping CA" });
    const leaf = new X509Certificate((await ca.mintWorkloadCertificate(issuing.certPem, issuing.keyPem, { subject: "CN=app,OU=web,O=Example", dnsNames: ["app.example.com"] })).certPem);
    expect(certificateTags(leaf, cnOnly.attributeMappings)).toEqual([
      { Key: "x509Subject/CN", Value: "app" },
      { Key: "x509SAN/DNS", Value: "app.example.com" },
    ]);
    expect(certificateTags(leaf).map((t) => t.Key)).toEqual(["x509Subject/CN", "x509Subject/OU", "x509Subject/O", "x509Issuer/CN", "x509SAN/DNS"]);
    const badField = await failure(ra.putAttributeMapping(sb.admin, { profileId: profile.profileId, certificateField: "x509Serial", mappingRules: [{ specifier: "CN" }] }));
    expect(badField.message).toBe("1 validation error detected: Value 'x509Serial' at 'certificateField' failed to satisfy constraint: Member must satisfy enum value set: [x509Subject, x509Issuer, x509SAN]");
  });
});

describe("AWS_ACM_PCA trust anchors", () => {
  it("checks the ARN's form, then answers as for a Private CA the service cannot read", async () => {
    const create = (acmPcaArn: string) => failure(ra.createTrustAnchor(sb.admin, { name: "pca", source: { sourceType: "AWS_ACM_PCA", sourceData: { acmPcaArn } } }));
    expect((await create("not-an-arn")).message).toMatch(/^Invalid acmPcaArn: not-an-arn\./);
    const missing = await create(`arn:aws:acm-pca:us-east-1:${ACCT}:certificate-authority/12345678-1234-1234-1234-123456789012`);
    expect(missing.code).toBe("ValidationException");
    expect(missing.message).toBe("Error creating TrustAnchor. Given AWS PCA did not allow get request.");
  });
});
