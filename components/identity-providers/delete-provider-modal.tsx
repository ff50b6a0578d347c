"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { resourceOf } from "./types";
import { useDeleteProvider } from "./use-identity-providers";

/** Typed confirmation, as AWS: Delete stays disabled until the provider name is typed exactly. */
export function DeleteProviderModal({
  arn,
  name,
  open,
  onOpenChange,
  onDeleted,
}: {
  arn: string;
  name: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted: (name: string) => void;
}) {
  const [typed, setTyped] = useState("");
  const del = useDeleteProvider();
  const close = (o: boolean) => {
    setTyped("");
    del.reset();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      title={`Delete ${name}?`}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={typed !== name}
            loading={del.isPending}
            onClick={() =>
              del.mutate(resourceOf(arn), {
                onSuccess: () => {
                  close(false);
                  onDeleted(name);
                },
              })
            }
          >
            Delete
          </Button>
        </>
      }
    >
      <p className="mb-3">Roles that trust this provider keep their trust policies, but federated users can no longer assume them through it.</p>
      <TextField label="To confirm deletion, enter the provider name in the text input field." value={typed} onChange={setTyped} placeholder={name} />
      {del.error && (
        <div role="alert" className="text-aws-red">
          {del.error.message}
        </div>
      )}
    </Modal>
  );
}
