"use client";
import { TypedConfirmDeleteModal } from "@/components/ui/typed-confirm-delete-modal";
import { useDeletePolicy } from "./hooks/use-delete-policy";

/** AWS's typed confirmation; IAM's own refusal ("Cannot delete a policy attached to entities.") shows in the modal. */
export function DeletePolicyModal({
  policy,
  open,
  onOpenChange,
  onDeleted,
}: {
  policy: { PolicyName: string; Arn: string };
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted: (name: string) => void;
}) {
  const del = useDeletePolicy();
  return (
    <TypedConfirmDeleteModal
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${policy.PolicyName}?`}
      phrase={policy.PolicyName}
      inputLabel="To confirm deletion, enter the policy name in the text input field."
      pending={del.isPending}
      error={del.error?.message}
      onReset={del.reset}
      onConfirm={(done) => del.mutate(policy.Arn, { onSuccess: () => (done(), onDeleted(policy.PolicyName)) })}
    >
      <p className="mb-3">Deleting this policy removes all of its versions. This action cannot be undone.</p>
    </TypedConfirmDeleteModal>
  );
}
