"use client";
// A provider's page: Summary (name, type, ARN with copy, creation time), then for OIDC the Audiences
// and Thumbprints; Delete with typed confirmation.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { longDate } from "@/components/ui/time";
import { PageHeader } from "@/components/ui/page-header";
import { AudiencesPanel } from "./audiences-panel";
import { DeleteProviderModal } from "./delete-provider-modal";
import { TYPE_LABEL } from "./types";
import { useIdentityProvider } from "./use-identity-providers";

export function ProviderDetail({ resource }: { resource: string }) {
  const provider = useIdentityProvider(resource);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const p = provider.data;
  const title = p?.Name ?? resource.slice(resource.indexOf("/") + 1);

  return (
    <>
      <PageHeader title={title}>
        <Button disabled={!p} onClick={() => setDeleting(true)}>
          Delete
        </Button>
      </PageHeader>
      {provider.isError ? (
        <QueryError error={provider.error} />
      ) : p ? (
        <div className="flex flex-col gap-6">
          <Container title="Summary">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="Provider">{p.Name}</KeyValue>
              <KeyValue label="Provider type">{TYPE_LABEL[p.Type]}</KeyValue>
              <KeyValue label="Creation time">{longDate(p.CreateDate)}</KeyValue>
              <KeyValue label="ARN">
                <CopyableText text={p.Arn} label="Copy ARN" wrap />
              </KeyValue>
              {p.ValidUntil && <KeyValue label="Valid until">{longDate(p.ValidUntil)}</KeyValue>}
            </dl>
          </Container>
          {p.Type === "OIDC" && (
            <>
              <AudiencesPanel resource={resource} audiences={p.ClientIDList ?? []} />
              <Container title="Thumbprints" counter={`(${p.ThumbprintList?.length ?? 0})`}>
                {p.ThumbprintList?.length ? (
                  <ul className="font-mono text-sm">
                    {p.ThumbprintList.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-aws-muted">AWS secures communication with this provider using its library of trusted root certificate authorities.</p>
                )}
              </Container>
            </>
          )}
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
          Loading identity provider
        </p>
      )}
      {p && (
        <DeleteProviderModal
          arn={p.Arn}
          name={p.Name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            push({ type: "success", content: `Provider ${name} deleted.` });
            router.push("/iam/identity-providers");
          }}
        />
      )}
    </>
  );
}
