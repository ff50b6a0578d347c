"use client";
// A trust anchor's "Certificate revocation lists" section: its CRLs (name, status, dates) with
// Enable/Disable and Delete per row, and Import CRL (ImportCrl, PEM) in a dialog.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
import { useId, useState } from "react";
import { QueryError } from "@/components/ui/access-denied-alert";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { longDate } from "@/components/ui/time";
import { DeleteResourceModal } from "./delete-resource-modal";
import { EnableToggle } from "./enable-toggle";
import { MutationFormModal } from "./flash-mutation";
import { nameError, NAME_CONSTRAINT } from "./names";
import { SectionTable } from "./section-table";
import { EnabledStatus } from "./status";
import type { Crl } from "./types";
import { useImportCrl, useTrustAnchorCrls } from "./use-roles-anywhere";

const crlError = (pem: string) => (/-----BEGIN (X509 )?CRL-----/.test(pem) ? null : "Paste the CRL in PEM format (-----BEGIN X509 CRL-----).");

function ImportCrlModal({ trustAnchorId, onClose }: { trustAnchorId: string; onClose: () => void }) {
  const importCrl = useImportCrl(trustAnchorId);
  const pemId = useId();
  const [name, setName] = useState("");
  const [pem, setPem] = useState("");
  const [enabled, setEnabled] = useState(true);
  return (
    <MutationFormModal
      title="Import a certificate revocation list"
      formId="import-crl"
      submitLabel="Import CRL"
      mutation={importCrl}
      variables={{ name, crl: pem, enabled }}
      success={`CRL ${name} imported.`}
      invalid={Boolean(nameError(name) || crlError(pem))}
      onClose={onClose}
    >
      {(shown) => (
        <div className="flex flex-col gap-4">
          <TextField label="CRL name" value={name} onChange={setName} constraint={NAME_CONSTRAINT} error={shown ? nameError(name) : null} />
          <div>
            <label htmlFor={pemId} className="block font-bold">
              CRL (PEM)
            </label>
            <textarea
              id={pemId}
              value={pem}
              onChange={(e) => setPem(e.target.value)}
              rows={8}
              spellCheck={false}
              aria-invalid={shown && crlError(pem) ? true : undefined}
              aria-describedby={shown && crlError(pem) ? `${pemId}-err` : undefined}
              placeholder="-----BEGIN X509 CRL-----"
              className="mt-1 w-full rounded-lg border-2 border-aws-border px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none"
            />
            {shown && crlError(pem) && (
              <div id={`${pemId}-err`} className="mt-1 text-sm text-aws-red">
                {crlError(pem)}
              </div>
            )}
          </div>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            Enable the CRL now (CreateSession checks certificates against it)
          </label>
        </div>
      )}
    </MutationFormModal>
  );
}

export function TrustAnchorCrls({ trustAnchorId }: { trustAnchorId: string }) {
  const crls = useTrustAnchorCrls(trustAnchorId);
  const { push } = useFlash();
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<Crl | null>(null);
  const rows = crls.data?.crls ?? [];
  return (
    <Container
      title="Certificate revocation lists"
      counter={crls.data ? `(${rows.length})` : undefined}
      info="ra-crls"
      description="While a CRL is enabled, CreateSession through this trust anchor refuses the certificates it lists."
      actions={<Button onClick={() => setImporting(true)}>Import CRL</Button>}
    >
      {crls.isError ? (
        <QueryError error={crls.error} />
      ) : rows.length === 0 ? (
        <p className="text-aws-muted">{crls.isLoading ? "Loading CRLs" : "No CRLs. Import the CA's CRL to revoke certificates."}</p>
      ) : (
        <SectionTable label="Certificate revocation lists" columns={["Name", "Status", "Last updated"]}>
            {rows.map((c) => (
              <tr key={c.crlId} className="border-t border-aws-border">
                <td className="py-2">{c.name}</td>
                <td className="py-2">
                  <EnabledStatus enabled={c.enabled} />
                </td>
                <td className="py-2">{longDate(c.updatedAt)}</td>
                <td className="flex justify-end gap-2 py-2">
                  <EnableToggle kind="crls" id={c.crlId} name={c.name} noun="CRL" enabled={c.enabled} />
                  <Button onClick={() => setDeleting(c)} aria-label={`Delete CRL ${c.name}`}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
        </SectionTable>
      )}
      {importing && <ImportCrlModal trustAnchorId={trustAnchorId} onClose={() => setImporting(false)} />}
      {deleting && (
        <DeleteResourceModal
          kind="crls"
          id={deleting.crlId}
          name={deleting.name}
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          onDeleted={(name) => {
            setDeleting(null);
            push({ type: "success", content: `CRL ${name} deleted.` });
          }}
        />
      )}
    </Container>
  );
}
