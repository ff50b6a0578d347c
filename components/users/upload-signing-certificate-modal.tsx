"use client";
// "Upload X.509 certificate": the certificate body in PEM, pasted or read from a file.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";
import { useUploadSigningCertificate } from "./use-signing-certificates";

export function UploadSigningCertificateModal({
  userName,
  open,
  onOpenChange,
  onUploaded,
}: {
  userName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onUploaded: (certificateId: string) => void;
}) {
  const [body, setBody] = useState("");
  const upload = useUploadSigningCertificate(userName);
  const id = useId();
  const close = (o: boolean) => {
    setBody("");
    upload.reset();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      title="Upload X.509 certificate"
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={body.trim() === ""}
            loading={upload.isPending}
            onClick={() =>
              upload.mutate(body, {
                onSuccess: (r) => {
                  onUploaded(r.Certificate.CertificateId);
                  close(false);
                },
              })
            }
          >
            Upload
          </Button>
        </>
      }
    >
      <p className="mb-3">Upload the X.509 certificate in PEM format. Its private key stays with you: AWS never asks for it.</p>
      <label htmlFor={`${id}-file`} className="mb-1 block font-bold">
        Certificate file
      </label>
      <input id={`${id}-file`} type="file" accept=".pem,.crt,.cer" className="mb-3" onChange={async (e) => setBody((await e.target.files?.[0]?.text()) ?? "")} />
      <label htmlFor={`${id}-body`} className="mb-1 block font-bold">
        Certificate body
      </label>
      <textarea
        id={`${id}-body`}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={10}
        placeholder="-----BEGIN CERTIFICATE-----"
        className="w-full rounded-lg border-2 border-aws-border px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none"
      />
      {upload.error && <ErrorAlert>{upload.error.message}</ErrorAlert>}
    </Modal>
  );
}
