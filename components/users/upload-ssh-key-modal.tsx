"use client";
// "Upload SSH public key": paste an ssh-rsa or PEM public key; IAM's own errors (InvalidPublicKey,
// DuplicateSSHPublicKey, LimitExceeded…) show in the dialog.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";
import { useUploadSshPublicKey } from "./use-ssh-public-keys";

export function UploadSshKeyModal({ userName, onClose, onUploaded }: { userName: string; onClose: () => void; onUploaded: (id: string) => void }) {
  const upload = useUploadSshPublicKey(userName);
  const [body, setBody] = useState("");
  const id = useId();
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title="Upload SSH public key"
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={!body.trim()}
            loading={upload.isPending}
            onClick={() => upload.mutate(body.trim(), { onSuccess: (r) => onUploaded(r.SSHPublicKey.SSHPublicKeyId) })}
          >
            Upload SSH public key
          </Button>
        </>
      }
    >
      <label htmlFor={id} className="block font-bold">
        SSH public key
      </label>
      <p id={`${id}-desc`} className="mb-1 text-sm text-aws-muted">
        Paste the contents of your public key file (for example id_rsa.pub): an ssh-rsa key or a PEM public key of at least 2048 bits.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-desc`}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={8}
        spellCheck={false}
        className="w-full rounded-lg border-2 border-[#7d8998] px-2 py-1 font-mono text-sm"
      />
      {upload.error && <ErrorAlert className="mt-3" error={upload.error} />}
    </Modal>
  );
}
