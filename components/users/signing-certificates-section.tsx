"use client";
// "X.509 signing certificates (N)": upload (PEM), make active/inactive, and delete with the
// certificate id typed to confirm, as the console's Security credentials tab offers them.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { TypedConfirmDeleteModal, deleteState } from "@/components/ui/typed-confirm-delete-modal";
import { UploadSigningCertificateModal } from "./upload-signing-certificate-modal";
import { useDeleteSigningCertificate, useSigningCertificates, useUpdateSigningCertificate } from "./use-signing-certificates";
import type { SigningCertificate } from "./types";

/** AWS's fixed quota of signing certificates per user. */
const CERTIFICATES_PER_USER = 2;

export function SigningCertificatesSection({ userName }: { userName: string }) {
  const certs = useSigningCertificates(userName);
  const update = useUpdateSigningCertificate(userName);
  const del = useDeleteSigningCertificate(userName);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<SigningCertificate | null>(null);
  const { push } = useFlash();
  const items = certs.data?.Certificates ?? [];

  const setStatus = (c: SigningCertificate, status: "Active" | "Inactive") =>
    update.mutate(
      { certificateId: c.CertificateId, status },
      {
        onSuccess: () => push({ type: "success", content: `Certificate ${c.CertificateId} made ${status === "Active" ? "active" : "inactive"}.` }),
        onError: (e) => push({ type: "error", content: e.message }),
      },
    );

  const columns: Column<SigningCertificate>[] = [
    { id: "id", header: "Certificate ID", cell: (c) => <span className="font-mono">{c.CertificateId}</span> },
    { id: "status", header: "Status", cell: (c) => c.Status },
    { id: "uploaded", header: "Uploaded", cell: (c) => relativeTime(c.UploadDate) },
    {
      id: "actions",
      header: "Actions",
      cell: (c) => (
        <span className="flex gap-2">
          {c.Status === "Active" ? (
            <Button onClick={() => setStatus(c, "Inactive")}>Make inactive</Button>
          ) : (
            <Button onClick={() => setStatus(c, "Active")}>Make active</Button>
          )}
          <Button onClick={() => setDeleting(c)}>Delete</Button>
        </span>
      ),
    },
  ];

  return (
    <Container
      title="X.509 signing certificates"
      counter={certs.isSuccess ? `(${items.length})` : undefined}
      description={`Some AWS services use X.509 signing certificates to validate requests signed with the matching private key. You can have a maximum of ${CERTIFICATES_PER_USER} X.509 certificates (active or inactive) at a time.`}
      actions={
        <Button variant="primary" disabled={items.length >= CERTIFICATES_PER_USER} onClick={() => setUploading(true)}>
          Upload X.509 certificate
        </Button>
      }
    >
      <QueryTable
        query={certs}
        label="X.509 signing certificates"
        columns={columns}
        items={items}
        itemKey={(c) => c.CertificateId}
        empty={<EmptyState title="No X.509 certificates" description="Upload a certificate to use it with services that validate X.509-signed requests." />}
      />
      <UploadSigningCertificateModal
        userName={userName}
        open={uploading}
        onOpenChange={setUploading}
        onUploaded={(id) => push({ type: "success", content: `Certificate ${id} uploaded.` })}
      />
      <TypedConfirmDeleteModal
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete ${deleting?.CertificateId ?? ""}?`}
        phrase={deleting?.CertificateId ?? ""}
        inputLabel="To confirm deletion, enter the certificate ID in the text input field."
        {...deleteState(del)}
        onConfirm={(done) => {
          const id = deleting?.CertificateId ?? "";
          del.mutate(id, {
            onSuccess: () => {
              push({ type: "success", content: `Certificate ${id} deleted.` });
              done();
            },
          });
        }}
      >
        <p className="mb-3">Deleting a signing certificate is permanent. Requests signed with its private key are no longer accepted.</p>
      </TypedConfirmDeleteModal>
    </Container>
  );
}
