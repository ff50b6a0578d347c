"use client";
import { TypedConfirmDeleteModal, deleteState, type DeleteModalProps } from "@/components/ui/typed-confirm-delete-modal";
import { resourceOf } from "./types";
import { useDeleteProvider } from "./use-identity-providers";

/** Typed confirmation, as AWS: Delete stays disabled until the provider name is typed exactly. */
export function DeleteProviderModal({ arn, name, onDeleted, ...modal }: { arn: string; name: string } & DeleteModalProps) {
  const del = useDeleteProvider();
  return (
    <TypedConfirmDeleteModal
      {...modal}
      title={`Delete ${name}?`}
      phrase={name}
      inputLabel="To confirm deletion, enter the provider name in the text input field."
      {...deleteState(del)}
      onConfirm={(done) => del.mutate(resourceOf(arn), { onSuccess: () => (done(), onDeleted(name)) })}
    >
      <p className="mb-3">Roles that trust this provider keep their trust policies, but federated users can no longer assume them through it.</p>
    </TypedConfirmDeleteModal>
  );
}
