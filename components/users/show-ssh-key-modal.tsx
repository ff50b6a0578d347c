"use client";
// "Show SSH key": the key's body (GetSSHPublicKey) in the SSH or PEM encoding, and its fingerprint.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";
import { useSshPublicKeyBody } from "./use-ssh-public-keys";

export function ShowSshKeyModal({ userName, keyId, onClose }: { userName: string; keyId: string; onClose: () => void }) {
  const [encoding, setEncoding] = useState<"SSH" | "PEM">("SSH");
  const key = useSshPublicKeyBody(userName, keyId, encoding);
  const body = key.data?.SSHPublicKey.SSHPublicKeyBody;
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={`SSH public key ${keyId}`}
      size="large"
      footer={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <fieldset className="mb-3 flex gap-4">
        <legend className="mb-1 font-bold">Encoding</legend>
        {(["SSH", "PEM"] as const).map((e) => (
          <label key={e} className="inline-flex items-center gap-1">
            <input type="radio" name="ssh-key-encoding" checked={encoding === e} onChange={() => setEncoding(e)} />
            {e}
          </label>
        ))}
      </fieldset>
      {key.error && <ErrorAlert error={key.error} />}
      {key.data && (
        <dl className="grid gap-3">
          <KeyValue label="Fingerprint">
            <span className="font-mono">{key.data.SSHPublicKey.Fingerprint}</span>
          </KeyValue>
          <KeyValue label="SSH public key">
            <span className="inline-flex items-start gap-1">
              <CopyButton text={body ?? ""} label="Copy SSH public key" />
              <pre aria-label="SSH public key body" className="font-mono text-xs break-all whitespace-pre-wrap">
                {body}
              </pre>
            </span>
          </KeyValue>
        </dl>
      )}
    </Modal>
  );
}
