"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { useDeleteGroup } from "./use-delete-group";

/** Typed confirmation, as AWS: Delete stays disabled until the group name is typed exactly. */
export function DeleteGroupModal({
  groupName,
  open,
  onOpenChange,
  onDeleted,
}: {
  groupName: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted: (name: string) => void;
}) {
  const [typed, setTyped] = useState("");
  const del = useDeleteGroup();
  const close = (o: boolean) => {
    setTyped("");
    del.reset();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      title={`Delete ${groupName}?`}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={typed !== groupName}
            loading={del.isPending}
            onClick={() =>
              del.mutate(groupName, {
                onSuccess: () => {
                  close(false);
                  onDeleted(groupName);
                },
              })
            }
          >
            Delete
          </Button>
        </>
      }
    >
      <p className="mb-3">Deleting the user group removes its users from it and detaches its policies. The users themselves are not deleted.</p>
      <TextField label="To confirm deletion, enter the user group name in the text input field." value={typed} onChange={setTyped} placeholder={groupName} />
      {del.error && (
        <div role="alert" className="text-aws-red">
          {del.error.message}
        </div>
      )}
    </Modal>
  );
}
