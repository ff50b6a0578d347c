// Certificates made on the spot for tests (no PEM blobs of unknown origin): self-signed, or issued by
// another test certificate, with an ECDSA P-256 (default) or RSA key, valid for the window asked for.
import { webcrypto } from "node:crypto";
import "./reflect-metadata";
import * as x509 from "@peculiar/x509";

export interface TestCertificate {
  certPem: string;
  keyPem: string;
  keys: CryptoKeyPair;
  name: string;
}

export type KeySpec = { rsa: number } | { ec: "P-256" | "P-384" | "P-521" };

const DAY = 24 * 60 * 60 * 1000;
const pem = (label: string, der: ArrayBuffer) => `-----BEGIN ${label}-----\n${Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "")}\n-----END ${label}-----\n`;

async function generateKeys(spec: KeySpec): Promise<{ keys: CryptoKeyPair; algorithm: RsaHashedKeyGenParams | EcKeyGenParams; signing: Algorithm | EcdsaParams }> {
  if ("rsa" in spec) {
    const algorithm = { name: "RSASSA-PKCS1-v1_5", modulusLength: spec.rsa, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };
    return { keys: (await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair, algorithm, signing: algorithm };
  }
  const algorithm = { name: "ECDSA", namedCurve: spec.ec };
  return { keys: (await webcrypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair, algorithm, signing: { name: "ECDSA", hash: "SHA-256" } as EcdsaParams };
}

/**
 * A certificate for `name` (CN), self-signed unless `issuer` is given; valid from `notBefore` (default:
 * yesterday) to `notAfter` (default: in a year).
 */
export async function makeCertificate(
  opts: { name?: string; key?: KeySpec; issuer?: TestCertificate; notBefore?: Date; notAfter?: Date; ca?: boolean } = {},
): Promise<TestCertificate> {
  const name = opts.name ?? `test-${Math.random().toString(36).slice(2, 10)}.example.com`;
  const { keys, signing } = await generateKeys(opts.key ?? { ec: "P-256" });
  const notBefore = opts.notBefore ?? new Date(Date.now() - DAY);
  const notAfter = opts.notAfter ?? new Date(Date.now() + 365 * DAY);
  const extensions = opts.ca ? [new x509.BasicConstraintsExtension(true, undefined, true)] : [];
  const cert = opts.issuer
    ? await x509.X509CertificateGenerator.create(
        {
          subject: `CN=${name}`,
          issuer: `CN=${opts.issuer.name}`,
          publicKey: keys.publicKey,
          signingKey: opts.issuer.keys.privateKey,
          signingAlgorithm: opts.issuer.keys.privateKey.algorithm.name === "ECDSA" ? ({ name: "ECDSA", hash: "SHA-256" } as EcdsaParams) : opts.issuer.keys.privateKey.algorithm,
          notBefore,
          notAfter,
          extensions,
        },
        webcrypto as unknown as Crypto,
      )
    : await x509.X509CertificateGenerator.createSelfSigned({ name: `CN=${name}`, keys, signingAlgorithm: signing, notBefore, notAfter, extensions }, webcrypto as unknown as Crypto);
  const keyPem = pem("PRIVATE KEY", await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  return { certPem: cert.toString("pem") + "\n", keyPem, keys, name };
}
