// What CreateSession reads from a certificate: the chain to the anchor (through intermediates, each
// valid now), and the principal tags of the default attribute mapping.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/workload-identities.html
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeCertificate } from "@/lib/x509/testing";
import { generateCaCertificate, mintWorkloadCertificate } from "./ca";
import { certificateTags, chainsToAnchor, dnString, subjectCommonName } from "./certificates";

const x = (pem: string) => new X509Certificate(pem);

describe("chainsToAnchor", () => {
  it("follows intermediates to the anchor, and refuses a missing link, a CA as leaf, an expired leaf", async () => {
    const root = await makeCertificate({ ca: true, name: "Root CA" });
    const mid = await makeCertificate({ ca: true, name: "Issuing CA", issuer: root });
    const leaf = await makeCertificate({ name: "app", issuer: mid });
    const now = new Date();
    expect(chainsToAnchor(x(leaf.certPem), [x(mid.certPem)], [x(root.certPem)], now)).toBe(true);
    expect(chainsToAnchor(x(leaf.certPem), [], [x(root.certPem)], now)).toBe(false);
    expect(chainsToAnchor(x(mid.certPem), [], [x(root.certPem)], now)).toBe(false);
    const expired = await makeCertificate({ name: "old", issuer: mid, notBefore: new Date(Date.now() - 10 * 86400_000), notAfter: new Date(Date.now() - 86400_000) });
    expect(chainsToAnchor(x(expired.certPem), [x(mid.certPem)], [x(root.certPem)], now)).toBe(false);
  });
});

describe("certificateTags", () => {
  it("maps subject, issuer and SAN attributes as x509Subject/…, x509Issuer/…, x509SAN/…", async () => {
    const ca = await generateCaCertificate({ commonName: "Sandbox CA" });
    const minted = await mintWorkloadCertificate(ca.certPem, ca.keyPem, { subject: "CN=app1, OU=web, O=Example, C=US", dnsNames: ["app1.example.com", "alt.example.com"] });
    const cert = x(minted.certPem);
    expect(certificateTags(cert)).toEqual([
      { Key: "x509Subject/CN", Value: "app1" },
      { Key: "x509Subject/OU", Value: "web" },
      { Key: "x509Subject/O", Value: "Example" },
      { Key: "x509Subject/C", Value: "US" },
      { Key: "x509Issuer/CN", Value: "Sandbox CA" },
      { Key: "x509SAN/DNS", Value: "app1.example.com" },
    ]);
    expect(subjectCommonName(cert)).toBe("app1");
    expect(dnString(cert.subject)).toBe("CN=app1,OU=web,O=Example,C=US");
  });
});
