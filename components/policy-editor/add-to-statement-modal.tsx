"use client";
// The Edit statement panel's "Add principal / resource / condition" dialogs: a FormModal whose
// button is named as the dialog is, and whose submit adds to the statement in the editor (no
// request, so nothing pending and no error) and closes.
import { useId } from "react";
import { FormModal } from "@/components/ui/form-modal";

export function AddToStatementModal({
  title,
  invalid,
  onClose,
  onAdd,
  children,
}: {
  /** "Add principal", …: the dialog's title and its submit button's label. */
  title: string;
  invalid: boolean;
  onClose: () => void;
  onAdd: () => void;
  children: (showErrors: boolean) => React.ReactNode;
}) {
  const formId = useId();
  return (
    <FormModal
      title={title}
      formId={formId}
      submitLabel={title}
      invalid={invalid}
      onClose={onClose}
      onSubmit={async () => {
        onAdd();
        onClose();
      }}
    >
      {children}
    </FormModal>
  );
}
