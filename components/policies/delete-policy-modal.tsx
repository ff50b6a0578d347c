"use client";
import { TypedConfirmDeleteModal, deleteState, type DeleteModalProps } from "@/components/ui/typed-confirm-delete-modal";
import { useDeletePolicy } from "./hooks/use-delete-policy";

/** AWS's typed confirmation; IAM's own refusal ("Cannot delete a policy attached to entities.") shows in the modal. */
export function DeletePolicyModal({ policy, onDeleted, ...modal }: { policy: { PolicyName: string; Arn: string } } & DeleteModalProps) {
  const del = useDeletePolicy();
  return (
    <TypedConfirmDeleteModal
      {...modal}
      title={`Delete ${policy.PolicyName}?`}
      phrase={policy.PolicyName}
      inputLabel="To confirm deletion, enter the policy name in the text input field."
      {...deleteState(del)}
      onConfirm={(done) => del.mutate(policy.Arn, { onSuccess: () => (done(), onDeleted(policy.PolicyName)) })}
    >
      <p className="mb-3">Deleting this policy removes all of its versions. This action cannot be undone.</p>
    </TypedConfirmDeleteModal>
  );
}
