"use client";
// "Create access key" → "Retrieve access keys": the only time the secret is ever shown. It lives in
// this dialog's mutation result; closing the dialog (or reloading) forgets it for good.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { Modal } from "@/components/ui/modal";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useCreateAccessKey } from "./use-create-access-key";

export function CreateAccessKeyModal({ userName, open, onOpenChange }: { userName: string; open: boolean; onOpenChange: (o: boolean) => void }) {
  const create = useCreateAccessKey(userName);
  const [showSecret, setShowSecret] = useState(false);
  const key = create.data?.AccessKey;

  const close = (o: boolean) => {
    setShowSecret(false);
    create.reset();
    onOpenChange(o);
  };

  return (
    <Modal
      open={open}
      onOpenChange={close}
      title={key ? "Retrieve access keys" : "Create access key"}
      footer={
        key ? (
          <Button variant="primary" onClick={() => close(false)}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="link" onClick={() => close(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={create.isPending} onClick={() => create.mutate()}>
              Create access key
            </Button>
          </>
        )
      }
    >
      {!key ? (
        <>
          <p>Create a new access key for {userName}. Access keys are long-term credentials; consider temporary credentials (IAM roles) instead.</p>
          {create.error && <ErrorAlert className="mt-3">{create.error.message}</ErrorAlert>}
        </>
      ) : (
        <>
          <div role="status" className="mb-4 rounded-xl border-2 border-aws-blue bg-aws-blue-light p-3">
            This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.
          </div>
          <dl className="grid grid-cols-1 gap-4">
            <KeyValue label="Access key">
              <span className="inline-flex items-center gap-1">
                <CopyButton text={key.AccessKeyId} label="Copy access key ID" />
                <span className="font-mono" data-testid="new-access-key-id">
                  {key.AccessKeyId}
                </span>
              </span>
            </KeyValue>
            <KeyValue label="Secret access key">
              <span className="inline-flex items-center gap-1">
                <CopyButton text={key.SecretAccessKey} label="Copy secret access key" />
                <output aria-label="Secret access key" className="font-mono">
                  {showSecret ? key.SecretAccessKey : "*".repeat(key.SecretAccessKey.length)}
                </output>
                <Button variant="link" onClick={() => setShowSecret((s) => !s)}>
                  {showSecret ? "Hide" : "Show"}
                </Button>
              </span>
            </KeyValue>
          </dl>
        </>
      )}
    </Modal>
  );
}
