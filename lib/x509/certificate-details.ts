// What a console page shows of a PEM certificate bundle (a Roles Anywhere trust anchor's CA): each
// certificate's subject and issuer (RDNs comma-separated, as Roles Anywhere writes x509Subject),
// serial number, validity, whether it is a CA, its key type and SHA-256 fingerprint.
import { X509Certificate } from "node:crypto";
import { pemBlocks } from "./pem";

export interface CertificateDetails {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  keyType: string;
  sha256Fingerprint: string;
}

/** The readable certificates of a PEM bundle, in order; anything that does not parse is left out. */
export function certificateDetails(bundle: string | undefined): CertificateDetails[] {
  const blocks = bundle ? (pemBlocks(bundle) ?? []) : [];
  return blocks.flatMap((b) => {
    try {
      const c = new X509Certificate(b.der);
      const key = c.publicKey;
      const size = key.asymmetricKeyDetails?.modulusLength ? ` ${key.asymmetricKeyDetails.modulusLength}` : key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : "";
      return [
        {
          // node prints one RDN per line; the console shows them comma-separated, as AWS's x509Subject does.
          subject: c.subject.split("\n").join(", "),
          issuer: c.issuer.split("\n").join(", "),
          serialNumber: c.serialNumber,
          notBefore: new Date(c.validFrom),
          notAfter: new Date(c.validTo),
          isCa: c.ca,
          keyType: `${(key.asymmetricKeyType ?? "unknown").toUpperCase()}${size}`,
          sha256Fingerprint: c.fingerprint256,
        },
      ];
    } catch {
      return [];
    }
  });
}

