"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
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
  const [typed, setTyped] = useState("");
  const del = useDeletePolicy();
  const close = (o: boolean) => {
    setTyped("");
    del.reset();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      title={`Delete ${policy.PolicyName}?`}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={typed !== policy.PolicyName}
            loading={del.isPending}
            onClick={() => del.mutate(policy.Arn, { onSuccess: () => (close(false), onDeleted(policy.PolicyName)) })}
          >
            Delete
          </Button>
        </>
      }
    >
      <p className="mb-3">Deleting this policy removes all of its versions. This action cannot be undone.</p>
      <TextField label="To confirm deletion, enter the policy name in the text input field." value={typed} onChange={setTyped} placeholder={policy.PolicyName} />
      {del.error && (
        <div role="alert" className="rounded-lg border-2 border-aws-red bg-[#fff7f7] px-3 py-2 text-aws-red">
          {del.error.message}
        </div>
      )}
    </Modal>
  );
}
