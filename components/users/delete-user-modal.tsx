"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { useDeleteUser } from "./use-delete-user";

/** AWS's typed confirmation: Delete stays disabled until the user name is typed exactly. */
export function DeleteUserModal({
  userName,
  open,
  onOpenChange,
  onDeleted,
}: {
  userName: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted: (name: string) => void;
}) {
  const [typed, setTyped] = useState("");
  const del = useDeleteUser();
  return (
    <Modal
      open={open}
      onOpenChange={(o) => {
        setTyped("");
        del.reset();
        onOpenChange(o);
      }}
      title={`Delete ${userName}?`}
      footer={
        <>
          <Button variant="link" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={typed !== userName}
            loading={del.isPending}
            onClick={() =>
              del.mutate(userName, {
                onSuccess: () => {
                  setTyped("");
                  onOpenChange(false);
                  onDeleted(userName);
                },
              })
            }
          >
            Delete
          </Button>
        </>
      }
    >
      <p className="mb-3">Permanently delete the user? Its console password, access keys, MFA devices, group memberships and policies are deleted with it. This action cannot be undone.</p>
      <TextField label="To confirm deletion, enter the user name in the text input field." value={typed} onChange={setTyped} placeholder={userName} />
      {del.error && (
        <div role="alert" className="text-aws-red">
          {del.error.message}
        </div>
      )}
    </Modal>
  );
}
