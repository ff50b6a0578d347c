"use client";
import { TypedConfirmDeleteModal } from "@/components/ui/typed-confirm-delete-modal";
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
  const del = useDeleteGroup();
  return (
    <TypedConfirmDeleteModal
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${groupName}?`}
      phrase={groupName}
      inputLabel="To confirm deletion, enter the user group name in the text input field."
      pending={del.isPending}
      error={del.error?.message}
      onReset={del.reset}
      onConfirm={(done) => del.mutate(groupName, { onSuccess: () => (done(), onDeleted(groupName)) })}
    >
      <p className="mb-3">Deleting the user group removes its users from it and detaches its policies. The users themselves are not deleted.</p>
    </TypedConfirmDeleteModal>
  );
}
