"use client";
// Delete an access key as the console does: an active key must be deactivated first (offered here),
// then the key id is typed to confirm.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useDeleteAccessKey } from "./use-delete-access-key";
import { useUpdateAccessKey } from "./use-update-access-key";
import type { AccessKeyMetadata } from "./types";

export function DeleteAccessKeyModal({
  userName,
  accessKey,
  onClose,
  onDeleted,
}: {
  userName: string;
  accessKey: AccessKeyMetadata;
  onClose: () => void;
  onDeleted: (id: string) => void;
}) {
  const [typed, setTyped] = useState("");
  const del = useDeleteAccessKey(userName);
  const update = useUpdateAccessKey(userName);
  const id = accessKey.AccessKeyId;
  const active = accessKey.Status === "Active";
  const error = del.error ?? update.error;

  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={`Delete ${id}?`}
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={active || typed !== id}
            loading={del.isPending}
            onClick={() =>
              del.mutate(id, {
                onSuccess: () => {
                  onDeleted(id);
                  onClose();
                },
              })
            }
          >
            Delete
          </Button>
        </>
      }
    >
      {active ? (
        <div className="mb-3">
          <p className="mb-2">Before you can delete an access key, you must deactivate it. Applications that use this key stop working.</p>
          <Button loading={update.isPending} onClick={() => update.mutate({ accessKeyId: id, status: "Inactive" })}>
            Deactivate
          </Button>
        </div>
      ) : (
        <p className="mb-3">Deleting an access key is permanent. Applications that use it can no longer call AWS.</p>
      )}
      <TextField label="To confirm deletion, enter the access key ID in the text input field." value={typed} onChange={setTyped} placeholder={id} disabled={active} autoFocus={!active} />
      {error && <ErrorAlert>{error.message}</ErrorAlert>}
    </Modal>
  );
}
