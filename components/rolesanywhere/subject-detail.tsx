"use client";
// A subject's page: the certificate identity (its X.509 subject), when it was first and last seen,
// and the certificates it presented to CreateSession — issuer, serial number, when, and whether the
// attempt succeeded.
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { QueryError } from "@/components/ui/access-denied-alert";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { longDate } from "@/components/ui/time";
import { EnabledStatus } from "./status";
import type { CredentialSummary } from "./types";
import { useSubject } from "./use-roles-anywhere";

const COLUMNS: Column<CredentialSummary>[] = [
  { id: "issuer", header: "Issuer", cell: (c) => c.issuer ?? "-" },
  { id: "serial", header: "Serial number", cell: (c) => <span className="font-mono text-sm">{c.serialNumber ?? "-"}</span> },
  { id: "seen", header: "Last seen", cell: (c) => (c.seenAt ? longDate(c.seenAt) : "-") },
  {
    id: "result",
    header: "Last attempt",
    cell: (c) => (c.failed ? <span className="text-aws-red">Failed</span> : <span className="text-aws-green">Succeeded</span>),
  },
];

export function SubjectDetail({ id }: { id: string }) {
  const subject = useSubject(id);
  const s = subject.data;
  return (
    <>
      <PageHeader title={s?.x509Subject ?? id} />
      {subject.isError ? (
        <QueryError error={subject.error} />
      ) : s ? (
        <div className="flex flex-col gap-6">
          <Container title="Details">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="X.509 subject">{s.x509Subject}</KeyValue>
              <KeyValue label="Subject ID">
                <span className="font-mono text-sm">{s.subjectId}</span>
              </KeyValue>
              <KeyValue label="Status">
                <EnabledStatus enabled={s.enabled} />
              </KeyValue>
              <KeyValue label="ARN">
                <CopyableText text={s.subjectArn} label="Copy ARN" wrap />
              </KeyValue>
              <KeyValue label="First seen">{longDate(s.createdAt)}</KeyValue>
              <KeyValue label="Last seen">{s.lastSeenAt ? longDate(s.lastSeenAt) : "-"}</KeyValue>
            </dl>
          </Container>
          <Container title="Credentials" counter={`(${s.credentials.length})`} description="The certificates this subject presented to CreateSession.">
            <Table
              label="Credentials"
              columns={COLUMNS}
              items={s.credentials}
              itemKey={(c) => `${c.issuer}|${c.serialNumber}`}
              empty={<EmptyState title="No credentials" description="No certificate has been seen for this subject." />}
            />
          </Container>
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
          Loading subject
        </p>
      )}
    </>
  );
}
