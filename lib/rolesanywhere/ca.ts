// Certificates for Roles Anywhere: reading a trust anchor's CERTIFICATE_BUNDLE (one or more CA
// certificates in PEM), and the sandbox's own private CA — a CA certificate and key it generates for a
// trust anchor, and the workload (end-entity) certificates it mints from that key, as a real PKI would.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
import { X509Certificate, randomBytes, webcrypto } from "node:crypto";
import "@/lib/x509/reflect-metadata";
import * as x509 from "@peculiar/x509";
import { pemBlocks } from "@/lib/x509/pem";
import { validation } from "./common";
import { serverNow, serverNowMs } from "@/lib/server-now";

const DAY = 24 * 60 * 60 * 1000;
const crypto = webcrypto as unknown as Crypto;

function pem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/**
 * The CA certificates of a CERTIFICATE_BUNDLE. Each must parse and be a CA (basicConstraints CA:TRUE),
 * as AWS requires of a trust anchor's certificate [INF wording].
 */
export function parseBundle(data: string): X509Certificate[] {
  const blocks = pemBlocks(data);
  if (!blocks || blocks.length === 0 || blocks.some((b) => b.label !== "CERTIFICATE")) {
    throw validation("Invalid x509CertificateData: expected one or more PEM-encoded X.509 certificates.");
  }
  return blocks.map((b) => {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(b.der);
    } catch {
      throw validation("Invalid x509CertificateData: the certificate could not be parsed.");
    }
    if (!cert.ca) throw validation("Invalid x509CertificateData: the certificate is not a CA certificate (basicConstraints CA:TRUE is required).");
    return cert;
  });
}

export type KeyAlgorithm = "EC" | "RSA";

async function keyPair(alg: KeyAlgorithm): Promise<{ keys: CryptoKeyPair; signing: Algorithm | EcdsaParams | RsaHashedKeyGenParams }> {
  if (alg === "RSA") {
    const algorithm = { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };
    return { keys: (await crypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair, signing: algorithm };
  }
  const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"])) as CryptoKeyPair;
  return { keys, signing: { name: "ECDSA", hash: "SHA-256" } as EcdsaParams };
}

/** A positive 128-bit serial number (RFC 5280: at most 20 octets, positive). */
function serialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  bytes[0] |= 0x01;
  return bytes.toString("hex");
}

export interface GeneratedCa {
  certPem: string;
  keyPem: string;
}

/** A self-signed CA certificate (CA:TRUE, keyCertSign/cRLSign) and its PKCS#8 private key. */
export async function generateCaCertificate(opts: { commonName: string; algorithm?: KeyAlgorithm; days?: number; now?: Date }): Promise<GeneratedCa> {
  const now = opts.now ?? serverNow();
  const { keys, signing } = await keyPair(opts.algorithm ?? "EC");
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serialHex(),
      name: `CN=${opts.commonName}`,
      keys,
      signingAlgorithm: signing,
      notBefore: new Date(now.getTime() - 60_000),
      notAfter: new Date(now.getTime() + (opts.days ?? 3650) * DAY),
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { certPem: cert.toString("pem") + "\n", keyPem: pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", keys.privateKey)) };
}

export interface WorkloadCertificateOptions {
  /** The subject DN's CN; `subject` (a full DN such as "CN=app,OU=web,O=Example") wins over it. */
  commonName?: string;
  subject?: string;
  /** DNS names for the subjectAltName extension. */
  dnsNames?: string[];
  algorithm?: KeyAlgorithm;
  days?: number;
  notBefore?: Date;
  notAfter?: Date;
}

export interface WorkloadCertificate {
  certPem: string;
  keyPem: string;
  serialNumber: string;
}

export async function importCaKey(caKeyPem: string, caCert: x509.X509Certificate): Promise<{ key: CryptoKey; signing: Algorithm | EcdsaParams }> {
  const block = pemBlocks(caKeyPem)?.[0]?.der;
  const der = block ? new Uint8Array(block) : undefined;
  if (!der) throw new Error("the CA key is not PEM");
  const alg = caCert.publicKey.algorithm as EcKeyAlgorithm | RsaHashedKeyAlgorithm;
  if (alg.name === "ECDSA") {
    const key = await crypto.subtle.importKey("pkcs8", der, { name: "ECDSA", namedCurve: (alg as EcKeyAlgorithm).namedCurve }, false, ["sign"]);
    return { key, signing: { name: "ECDSA", hash: "SHA-256" } as EcdsaParams };
  }
  const rsa = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  return { key: await crypto.subtle.importKey("pkcs8", der, rsa, false, ["sign"]), signing: rsa };
}

/** An end-entity certificate (CA:FALSE, digitalSignature, clientAuth) issued by the CA `caCertPem`/`caKeyPem`. */
export async function mintWorkloadCertificate(caCertPem: string, caKeyPem: string, opts: WorkloadCertificateOptions = {}): Promise<WorkloadCertificate> {
  const caCert = new x509.X509Certificate(caCertPem);
  const ca = await importCaKey(caKeyPem, caCert);
  const { keys } = await keyPair(opts.algorithm ?? "EC");
  const serialNumber = serialHex();
  const notBefore = opts.notBefore ?? new Date(serverNowMs() - 60_000);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth], false),
    await x509.AuthorityKeyIdentifierExtension.create(caCert, false, crypto),
  ];
  if (opts.dnsNames?.length) extensions.push(new x509.SubjectAlternativeNameExtension(opts.dnsNames.map((value) => ({ type: "dns" as const, value }))));
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber,
      subject: opts.subject ?? `CN=${opts.commonName ?? "workload"}`,
      issuer: caCert.subject,
      publicKey: keys.publicKey,
      signingKey: ca.key,
      signingAlgorithm: ca.signing,
      notBefore,
      notAfter: opts.notAfter ?? new Date(notBefore.getTime() + (opts.days ?? 30) * DAY),
      extensions,
    },
    crypto,
  );
  return { certPem: cert.toString("pem") + "\n", keyPem: pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", keys.privateKey)), serialNumber };
}
