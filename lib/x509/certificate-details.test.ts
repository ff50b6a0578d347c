// The trust anchor page's certificate details: read from the PEM as it is stored, one entry per
// certificate of a bundle, with what is not a certificate left out.
import { describe, expect, it } from "vitest";
import { certificateDetails } from "./certificate-details";
import { makeCertificate } from "./testing";

describe("certificateDetails", () => {
  it("reads a CA certificate and a certificate it issued, in bundle order", async () => {
    const ca = await makeCertificate({ name: "Factory Root", ca: true });
    const leaf = await makeCertificate({ name: "device-1.example.com", issuer: ca, key: { rsa: 2048 } });
    const [root, device] = certificateDetails(ca.certPem + leaf.certPem);
    expect(root).toMatchObject({ subject: "CN=Factory Root", issuer: "CN=Factory Root", isCa: true, keyType: "EC prime256v1" });
    expect(device).toMatchObject({ subject: "CN=device-1.example.com", issuer: "CN=Factory Root", isCa: false, keyType: "RSA 2048" });
    expect(root.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(root.notBefore.getTime()).toBeLessThan(root.notAfter.getTime());
  });

  it("answers nothing for text that is not a PEM certificate", () => {
    expect(certificateDetails("not a certificate")).toEqual([]);
    expect(certificateDetails("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")).toEqual([]);
    expect(certificateDetails(undefined)).toEqual([]);
  });
});
