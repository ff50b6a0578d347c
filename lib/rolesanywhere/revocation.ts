// Certificate revocation lists, read and written with @peculiar/x509: the CRL a trust anchor's CA
// publishes (PEM "X509 CRL", as ImportCrl requires), whether it lists a certificate, and — for the
// sandbox's own CA (npm run sandbox:rolesanywhere -- --revoke) — a CRL signed with the CA's key.
// A CRL counts for a certificate only when its issuer is the certificate's issuer and its signature
// verifies with that issuer's key, so an imported list cannot revoke what another CA issued.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
import { X509Certificate as NodeCertificate, webcrypto } from "node:crypto";
import "@/lib/x509/reflect-metadata";
import * as x509 from "@peculiar/x509";
import { pemBlocks } from "@/lib/x509/pem";
import { importCaKey } from "./ca";
import { validation } from "./common";
import { serverNow } from "@/lib/server-now";

const crypto = webcrypto as unknown as Crypto;
const DAY = 24 * 60 * 60 * 1000;

/** The model's crlData bounds (ImportCrlRequestCrlDataBlob: 1–300000 bytes). */
export const CRL_DATA_MAX = 300000;

/** RFC 7468's label (what openssl writes), and the bare one some tools write. */
const CRL_LABELS = ["X509 CRL", "CRL"];

/**
 * The CRL in `data` (the blob's bytes): one PEM "X509 CRL" block, as AWS requires ("a CRL must be
 * in PEM format"). The wording of the refusals is [INF].
 */
export function parseCrl(data: Buffer): x509.X509Crl {
  const blocks = pemBlocks(data.toString("utf8"));
  if (!blocks || blocks.length !== 1 || !CRL_LABELS.includes(blocks[0].label)) throw validation("Invalid crlData: expected one PEM-encoded X.509 CRL (-----BEGIN X509 CRL-----).");
  try {
    return new x509.X509Crl(new Uint8Array(blocks[0].der));
  } catch {
    throw validation("Invalid crlData: the certificate revocation list could not be parsed.");
  }
}

/** A serial number as hex without leading zeros, lowercase: how both sides are compared. */
const normalSerial = (hex: string) => hex.toLowerCase().replace(/^0+(?=.)/, "");

const evenHex = (hex: string) => (hex.length % 2 ? `0${hex}` : hex);

/** The certificate serial numbers a CRL lists (normalized hex). */
export function revokedSerials(crl: x509.X509Crl): string[] {
  return crl.entries.map((e) => normalSerial(e.serialNumber));
}

/**
 * Whether `crl` revokes `cert`: issued by the certificate's issuer (one of `issuers`, the anchor's CA
 * certificates and the chain the request carried), signed with that issuer's key, and listing its serial.
 */
export async function crlRevokes(crl: x509.X509Crl, cert: NodeCertificate, issuers: NodeCertificate[]): Promise<boolean> {
  if (!revokedSerials(crl).includes(normalSerial(cert.serialNumber))) return false;
  for (const issuer of issuers) {
    if (!cert.checkIssued(issuer)) continue;
    const pub = new x509.X509Certificate(issuer.raw);
    if (pub.subjectName.toString() !== crl.issuerName.toString()) continue;
    try {
      if (await crl.verify({ publicKey: pub }, crypto)) return true;
    } catch {
      // a key the CRL's algorithm cannot use: not this issuer's list
    }
  }
  return false;
}

/** A CRL signed by the CA `caCertPem`/`caKeyPem` listing `serials` (hex), valid for `days` (default 7). */
export async function signCrl(caCertPem: string, caKeyPem: string, serials: string[], opts: { days?: number; now?: Date } = {}): Promise<string> {
  const caCert = new x509.X509Certificate(caCertPem);
  const { key, signing } = await importCaKey(caKeyPem, caCert);
  const now = opts.now ?? serverNow();
  const crl = await x509.X509CrlGenerator.create(
    {
      issuer: caCert.subject,
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + (opts.days ?? 7) * DAY),
      entries: serials.map((serial) => ({ serialNumber: evenHex(normalSerial(serial)), revocationDate: now, reason: x509.X509CrlReason.keyCompromise })),
      signingKey: key,
      signingAlgorithm: signing,
    },
    crypto,
  );
  const body = Buffer.from(crl.rawData).toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN X509 CRL-----\n${body}\n-----END X509 CRL-----\n`;
}
