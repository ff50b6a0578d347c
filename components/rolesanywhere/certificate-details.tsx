// A trust anchor's CA certificate(s), as the console reads them: subject, issuer, serial number,
// validity, key type, whether it is a CA, and its SHA-256 fingerprint; the PEM on request.
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { Disclosure } from "@/components/ui/disclosure";
import { longDate } from "@/components/ui/time";
import type { CertificateDetails as Details } from "./types";

export function CertificateDetails({ certificates, pem }: { certificates: Details[]; pem?: string }) {
  return (
    <Container title="Certificate details" counter={certificates.length > 1 ? `(${certificates.length})` : undefined}>
      {certificates.length === 0 && <p className="text-aws-muted">No certificate data for this source.</p>}
      {certificates.map((c, i) => (
        <dl key={c.sha256Fingerprint} aria-label={certificates.length > 1 ? `Certificate ${i + 1}` : "Certificate"} className="mb-4 grid grid-cols-1 gap-4 md:grid-cols-3">
          <KeyValue label="Subject">{c.subject}</KeyValue>
          <KeyValue label="Issuer">{c.issuer}</KeyValue>
          <KeyValue label="Serial number">
            <span className="font-mono text-sm">{c.serialNumber}</span>
          </KeyValue>
          <KeyValue label="Valid from">{longDate(c.notBefore)}</KeyValue>
          <KeyValue label="Valid until">{longDate(c.notAfter)}</KeyValue>
          <KeyValue label="Certificate authority">{c.isCa ? "Yes (CA:TRUE)" : "No"}</KeyValue>
          <KeyValue label="Key type">{c.keyType}</KeyValue>
          <KeyValue label="SHA-256 fingerprint">
            <span className="font-mono text-xs">{c.sha256Fingerprint}</span>
          </KeyValue>
        </dl>
      ))}
      {pem && (
        <Disclosure label="Certificate (PEM)">
          <CopyButton text={pem} label="Copy certificate" />
          <pre className="mt-2 overflow-x-auto rounded-lg bg-aws-bg p-3 text-xs">{pem}</pre>
        </Disclosure>
      )}
    </Container>
  );
}
