"use client";
// A trust anchor's page: Details (name, ID, ARN, status, source, dates), the CA certificate's
// details, its certificate revocation lists, notification settings, Tags; Enable/Disable and Delete
// (typed confirmation) in the header.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton, CopyableText } from "@/components/ui/copy-button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { PageHeader } from "@/components/ui/page-header";
import { longDate } from "@/components/ui/time";
import { CertificateDetails } from "./certificate-details";
import { DeleteResourceModal } from "./delete-resource-modal";
import { EnableToggle } from "./enable-toggle";
import { NotificationSettings } from "./notification-settings";
import { TrustAnchorCrls } from "./trust-anchor-crls";
import { ResourceTags } from "./resource-tags";
import { EnabledStatus } from "./status";
import { SOURCE_LABEL, sourceDataOf } from "./types";
import { useTrustAnchor } from "./use-roles-anywhere";

/** The workload's side (scripts/sandbox-rolesanywhere.ts): a minted certificate exchanged for credentials. */
const credentialsCommand = (arn: string) =>
  `npm run -s sandbox:rolesanywhere -- --trust-anchor-arn ${arn} --profile-arn <profile ARN> --role-arn <role ARN> --cn workload-1 --out-dir ./ra-workload`;

export function TrustAnchorDetail({ id }: { id: string }) {
  const anchor = useTrustAnchor(id);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const t = anchor.data;
  const source = t ? sourceDataOf(t) : {};

  return (
    <>
      <PageHeader title={t?.name ?? id}>
        <div className="flex gap-2">
          {t && <EnableToggle kind="trust-anchors" id={id} name={t.name} noun="Trust anchor" enabled={t.enabled} />}
          <Button disabled={!t} onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </div>
      </PageHeader>
      {anchor.isError ? (
        <QueryError error={anchor.error} />
      ) : t ? (
        <div className="flex flex-col gap-6">
          <Container title="Details">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="Name">{t.name}</KeyValue>
              <KeyValue label="Trust anchor ID">
                <span className="font-mono text-sm">{t.trustAnchorId}</span>
              </KeyValue>
              <KeyValue label="Status">
                <EnabledStatus enabled={t.enabled} />
              </KeyValue>
              <KeyValue label="ARN">
                <CopyableText text={t.trustAnchorArn} label="Copy ARN" wrap />
              </KeyValue>
              <KeyValue label="Source">{SOURCE_LABEL[t.source.sourceType] ?? t.source.sourceType}</KeyValue>
              {source.acmPcaArn && <KeyValue label="AWS Private CA ARN">{source.acmPcaArn}</KeyValue>}
              <KeyValue label="Created">{longDate(t.createdAt)}</KeyValue>
              <KeyValue label="Last updated">{longDate(t.updatedAt)}</KeyValue>
            </dl>
          </Container>
          {t.generated && (
            <div role="note" className="rounded-xl border-2 border-aws-blue bg-aws-blue-light p-3">
              <p>
                The sandbox generated this CA and keeps its private key: <code>npm run sandbox:rolesanywhere</code> issues a workload certificate from it and
                exchanges it for temporary credentials through a profile.
              </p>
              <pre aria-label="Credentials command" className="mt-2 overflow-x-auto rounded-lg bg-white p-2 text-xs">
                {credentialsCommand(t.trustAnchorArn)}
              </pre>
              <CopyButton text={credentialsCommand(t.trustAnchorArn)} label="Copy command" />
            </div>
          )}
          <CertificateDetails certificates={t.certificates} pem={source.pem} />
          <TrustAnchorCrls trustAnchorId={id} />
          <NotificationSettings anchor={t} />
          <ResourceTags kind="trust-anchors" id={id} label={`trust anchor ${t.name}`} />
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
          Loading trust anchor
        </p>
      )}
      {t && (
        <DeleteResourceModal
          kind="trust-anchors"
          id={id}
          name={t.name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            push({ type: "success", content: `Trust anchor ${name} deleted.` });
            router.push("/rolesanywhere/trust-anchors");
          }}
        />
      )}
    </>
  );
}
