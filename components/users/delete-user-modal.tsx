"use client";
import { TypedConfirmDeleteModal, deleteState, type DeleteModalProps } from "@/components/ui/typed-confirm-delete-modal";
import { useDeleteUser } from "./use-delete-user";

/** AWS's typed confirmation: Delete stays disabled until the user name is typed exactly. */
export function DeleteUserModal({ userName, onDeleted, ...modal }: { userName: string } & DeleteModalProps) {
  const del = useDeleteUser();
  return (
    <TypedConfirmDeleteModal
      {...modal}
      title={`Delete ${userName}?`}
      phrase={userName}
      inputLabel="To confirm deletion, enter the user name in the text input field."
      {...deleteState(del)}
      onConfirm={(done) => del.mutate(userName, { onSuccess: () => (done(), onDeleted(userName)) })}
    >
      <p className="mb-3">
        Permanently delete the user? Its console password, access keys, MFA devices, group memberships and policies are deleted with it. This action
        cannot be undone.
      </p>
    </TypedConfirmDeleteModal>
  );
}
