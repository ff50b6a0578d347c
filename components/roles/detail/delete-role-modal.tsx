"use client";
// Delete from the role page (console-spec §2.4, §4.8): type the role name to confirm. A customer
// role is deleted with its policies and same-name instance profile; a service-linked role starts
// the asynchronous deletion task, whose status the flash then follows.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { relativeTime } from "@/components/ui/time";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRoleDelete } from "../hooks/use-role-delete";
import type { RoleDeleteResult, RoleDetail } from "./types";

export function DeleteRoleModal({
  detail,
  open,
  onOpenChange,
  onDeleted,
}: {
  detail: RoleDetail;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted: (result: RoleDeleteResult) => void;
}) {
  const roleName = detail.Role.RoleName;
  const del = useRoleDelete(roleName);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setError(null);
    try {
      onDeleted(await del.mutateAsync());
    } catch (e) {
      setError(e instanceof Error ? e.message : "The role could not be deleted.");
    }
  }

  return (
    <Modal
      open={open}
      onOpenChange={(o) => {
        setTyped("");
        setError(null);
        onOpenChange(o);
      }}
      title={`Delete ${roleName}?`}
      footer={
        <>
          <Button variant="link" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button variant="primary" disabled={typed !== roleName} loading={del.isPending} onClick={() => void submit()}>
            Delete
          </Button>
        </>
      }
    >
      <p className="mb-3">
        {detail.ServiceLinked
          ? (detail.ServiceLinkedRole?.DeletionNote ??
            "Deleting a service-linked role starts a deletion task. IAM first checks that no resources still use the role; if any do, or the role has active sessions, the deletion fails.")
          : `${roleName} will be permanently deleted, with its inline policies, its attached managed policies detached, and the instance profile of the same name.`}
      </p>
      <p className="mb-3 text-sm">
        Last activity: {relativeTime(detail.Role.RoleLastUsed?.LastUsedDate)}. Recent activity usually appears within 4 hours. This action cannot be undone.
      </p>
      <TextField
        label="To confirm deletion, enter the role name in the text input field."
        value={typed}
        onChange={setTyped}
        placeholder={roleName}
        autoComplete="off"
        // Cloudscape's delete modal puts focus in the confirmation field.
        autoFocus
      />
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </Modal>
  );
}
