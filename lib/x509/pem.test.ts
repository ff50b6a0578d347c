// The PEM checks IAM's certificate uploads make, on certificates made here (lib/x509/testing.ts).
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html
import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { checkChain, checkPrivateKey, parseCertificate, pemBlocks, NOT_PEM } from "./pem";
import { makeCertificate } from "./testing";

const DAY = 86_400_000;
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AwsError ? `${e.code}: ${e.message}` : String(e);
  }
  return "ok";
};

describe("certificates", () => {
  it("reads one valid certificate, with its expiry and a fingerprint independent of line breaks", async () => {
    const c = await makeCertificate({ notAfter: new Date(Date.now() + 10 * DAY) });
    const a = parseCertificate(c.certPem);
    const b = parseCertificate(c.certPem.replace(/\n/g, "\r\n"));
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(Math.abs(a.notAfter.getTime() - (Date.now() + 10 * DAY))).toBeLessThan(2000);
  });

  it("refuses what is not one certificate in PEM, and expired or future ones", async () => {
    const c = await makeCertificate();
    for (const body of ["notacert", "", c.keyPem, c.certPem + c.certPem, `junk\n${c.certPem}`, c.certPem.replace(/M/g, "*")]) {
      expect(code(() => parseCertificate(body))).toBe(`MalformedCertificate: ${NOT_PEM}`);
    }
    const expired = await makeCertificate({ notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() - DAY) });
    expect(code(() => parseCertificate(expired.certPem))).toBe("MalformedCertificate: The certificate is expired.");
    const future = await makeCertificate({ notBefore: new Date(Date.now() + DAY) });
    expect(code(() => parseCertificate(future.certPem))).toBe("MalformedCertificate: The certificate is not yet valid.");
  });

  it("splits PEM blocks and refuses text between them", () => {
    expect(pemBlocks("-----BEGIN A-----\nAAAA\n-----END A-----\n-----BEGIN B-----\nAA==\n-----END B-----")?.map((b) => b.label)).toEqual(["A", "B"]);
    expect(pemBlocks("x -----BEGIN A-----\nAAAA\n-----END A-----")).toBeNull();
  });
});

describe("private keys", () => {
  it("accepts the certificate's own RSA or ECDSA key and refuses another (KeyPairMismatch)", async () => {
    const rsa = await makeCertificate({ key: { rsa: 2048 } });
    const ec = await makeCertificate({ key: { ec: "P-256" } });
    const cert = (pem: string) => parseCertificate(pem).cert;
    expect(code(() => checkPrivateKey(cert(rsa.certPem), rsa.keyPem))).toBe("ok");
    expect(code(() => checkPrivateKey(cert(ec.certPem), ec.keyPem))).toBe("ok");
    expect(code(() => checkPrivateKey(cert(rsa.certPem), ec.keyPem))).toBe("KeyPairMismatch: The public key certificate and the private key do not match.");
  });

  it("refuses keys that are not PEM, and RSA keys under 1024 bits", async () => {
    const small = await makeCertificate({ key: { rsa: 512 } });
    const { cert } = parseCertificate(small.certPem);
    expect(code(() => checkPrivateKey(cert, small.keyPem))).toMatch(/^MalformedCertificate: Unsupported private key type or size/);
    expect(code(() => checkPrivateKey(cert, "not a key"))).toMatch(/^MalformedCertificate: Unable to parse private key/);
    expect(code(() => checkPrivateKey(cert, small.certPem))).toMatch(/^MalformedCertificate: Unable to parse private key/);
  });
});

describe("chains", () => {
  it("accepts issuer first, then its issuer; names the index of the first link that is not", async () => {
    const root = await makeCertificate({ name: "root", ca: true });
    const mid = await makeCertificate({ name: "mid", issuer: root, ca: true });
    const leaf = await makeCertificate({ name: "leaf", issuer: mid });
    const { cert } = parseCertificate(leaf.certPem);
    expect(code(() => checkChain(cert, mid.certPem + root.certPem))).toBe("ok");
    expect(code(() => checkChain(cert, mid.certPem))).toBe("ok");
    const chainError = (i: number) =>
      `MalformedCertificate: Unable to validate certificate chain. The certificate chain must start with the immediate signing certificate, followed by any intermediaries in order. The index within the chain of the invalid certificate is: ${i}`;
    expect(code(() => checkChain(cert, root.certPem + mid.certPem))).toBe(chainError(0));
    expect(code(() => checkChain(cert, mid.certPem + leaf.certPem))).toBe(chainError(1));
  });
});
