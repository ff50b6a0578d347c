"use client";
// A dialog holding one form that a mutation saves (Cloudscape Modal): Cancel and a primary submit
// button in the footer (so Enter in a field submits too), the mutation's error under the fields.
// Field errors show only once the user has tried to save, and an invalid form sends nothing. A form
// that saves nothing remote (the policy editor's Add dialogs edit the document in place) passes no
// `pending` or `error`.
import { useState } from "react";
import { Button } from "./button";
import { ErrorAlert } from "./error-alert";
import { Modal } from "./modal";

export function FormModal({
  title,
  formId,
  submitLabel = "Save changes",
  pending = false,
  error = null,
  invalid,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  /** The form's id, which the footer's submit button names. */
  formId: string;
  submitLabel?: string;
  pending?: boolean;
  /** The mutation's error, if any. */
  error?: unknown;
  invalid: boolean;
  onClose: () => void;
  /** Sends the form; a rejection is the mutation's and shows as `error`. */
  onSubmit: () => Promise<void>;
  children: (showErrors: boolean) => React.ReactNode;
}) {
  const [submitted, setSubmitted] = useState(false);
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} loading={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (invalid) return;
          void onSubmit().catch(() => undefined);
        }}
      >
        {children(submitted)}
        {error ? <ErrorAlert error={error} /> : null}
      </form>
    </Modal>
  );
}
