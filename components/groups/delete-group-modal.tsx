"use client";
import { TypedConfirmDeleteModal, deleteState, type DeleteModalProps } from "@/components/ui/typed-confirm-delete-modal";
import { useDeleteGroup } from "./use-delete-group";

/** Typed confirmation, as AWS: Delete stays disabled until the group name is typed exactly. */
export function DeleteGroupModal({ groupName, onDeleted, ...modal }: { groupName: string } & DeleteModalProps) {
  const del = useDeleteGroup();
  return (
    <TypedConfirmDeleteModal
      {...modal}
      title={`Delete ${groupName}?`}
      phrase={groupName}
      inputLabel="To confirm deletion, enter the user group name in the text input field."
      {...deleteState(del)}
      onConfirm={(done) => del.mutate(groupName, { onSuccess: () => (done(), onDeleted(groupName)) })}
    >
      <p className="mb-3">Deleting the user group removes its users from it and detaches its policies. The users themselves are not deleted.</p>
    </TypedConfirmDeleteModal>
  );
}
