// PEM-encoded X.509 certificates and private keys as IAM receives them (UploadSigningCertificate,
// UploadServerCertificate), read with node:crypto. The errors are AWS's: MalformedCertificate for
// anything that is not a currently valid certificate in PEM, KeyPairMismatch for a key that is not the
// certificate's.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html
import { X509Certificate, createHash, createPrivateKey, type KeyObject } from "node:crypto";
import { AwsError } from "@/lib/errors";

export interface PemBlock {
  label: string;
  der: Buffer;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/** The PEM blocks of `text`, or null when anything but whitespace lies outside them or a block is not base64. */
export function pemBlocks(text: string): PemBlock[] | null {
  const blocks: PemBlock[] = [];
  let rest = "";
  let at = 0;
  for (const m of text.matchAll(BLOCK)) {
    rest += text.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
    // Encapsulated headers (Proc-Type: 4,ENCRYPTED…) are not base64: an encrypted key fails here.
    if (!BASE64.test(m[2])) return null;
    blocks.push({ label: m[1], der: Buffer.from(m[2].replace(/\s+/g, ""), "base64") });
  }
  rest += text.slice(at);
  return rest.trim() === "" ? blocks : null;
}

/** AWS's text for a body that is not a certificate in PEM (quoted from the CLI's MalformedCertificate). */
export const NOT_PEM = "Unable to parse certificate. Please ensure the certificate is in PEM format.";
const malformed = (message: string) => new AwsError("MalformedCertificate", message);

export interface ParsedCertificate {
  cert: X509Certificate;
  /** SHA-256 of the DER, hex: the certificate's identity whatever its PEM line breaks. */
  fingerprint: string;
  notAfter: Date;
}

function readCertificate(der: Buffer): ParsedCertificate {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    throw malformed(NOT_PEM);
  }
  return { cert, fingerprint: createHash("sha256").update(der).digest("hex"), notAfter: new Date(cert.validTo) };
}

/** One certificate that is valid now: MalformedCertificate otherwise ("malformed or expired", AWS). */
export function parseCertificate(body: string, now = new Date()): ParsedCertificate { // wall clock: certificates are dated by real CAs
  const blocks = pemBlocks(body);
  if (!blocks || blocks.length !== 1 || blocks[0].label !== "CERTIFICATE") throw malformed(NOT_PEM);
  const parsed = readCertificate(blocks[0].der);
  // [INF] wording: AWS documents the case ("malformed or expired"), not its message.
  if (now < new Date(parsed.cert.validFrom)) throw malformed("The certificate is not yet valid.");
  if (now > parsed.notAfter) throw malformed("The certificate is expired.");
  return parsed;
}

/**
 * A certificate chain: the immediate issuer of `leaf` first, then its issuer, and so on; each one must
 * have issued (and signed) the one before it. AWS's message names the index of the first that did not.
 */
export function checkChain(leaf: X509Certificate, chain: string): void {
  const blocks = pemBlocks(chain);
  if (!blocks || blocks.length === 0 || blocks.some((b) => b.label !== "CERTIFICATE")) throw malformed(NOT_PEM);
  let child = leaf;
  blocks.forEach((b, i) => {
    const { cert } = readCertificate(b.der);
    if (!child.checkIssued(cert) || !child.verify(cert.publicKey)) {
      throw malformed(
        `Unable to validate certificate chain. The certificate chain must start with the immediate signing certificate, followed by any intermediaries in order. The index within the chain of the invalid certificate is: ${i}`,
      );
    }
    child = cert;
  });
}

/** Curves IAM server certificates may use [INF: the curves ELB and CloudFront accept]. */
const CURVES = new Set(["prime256v1", "secp384r1", "secp521r1"]);
const RSA_BITS = { min: 1024, max: 4096 };

/**
 * The private key of `cert`: PEM (PKCS#1, SEC1 or PKCS#8, unencrypted), RSA of 1024–4096 bits or ECDSA
 * on P-256/P-384/P-521, and the key the certificate's public key belongs to.
 */
export function checkPrivateKey(cert: X509Certificate, pem: string): void {
  const blocks = pemBlocks(pem);
  let key: KeyObject;
  try {
    if (!blocks || blocks.length !== 1 || !/PRIVATE KEY$/.test(blocks[0].label)) throw new Error("not one private key");
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    // [INF] wording, after the certificate's NOT_PEM text.
    throw malformed("Unable to parse private key. Please ensure the private key is in PEM format and not encrypted.");
  }
  const d = key.asymmetricKeyDetails ?? {};
  const supported =
    (key.asymmetricKeyType === "rsa" && (d.modulusLength ?? 0) >= RSA_BITS.min && (d.modulusLength ?? 0) <= RSA_BITS.max) ||
    (key.asymmetricKeyType === "ec" && CURVES.has(d.namedCurve ?? ""));
  // [INF] wording; AWS documents RSA (1024–4096 bits) and ECDSA keys for server certificates.
  if (!supported) throw malformed("Unsupported private key type or size. Use an RSA key of 1024 to 4096 bits or an ECDSA key on P-256, P-384 or P-521.");
  if (!cert.checkPrivateKey(key)) throw new AwsError("KeyPairMismatch", "The public key certificate and the private key do not match.");
}
