"use client";
// AWS's typed-confirmation delete: Delete stays disabled until the phrase (usually the resource's
// name) is typed exactly. The caller passes its mutation's state; `onConfirm(done)` runs the
// mutation and calls `done()` on success to close (and clear) the modal.
import { useState } from "react";
import { Button } from "./button";
import { Modal } from "./modal";
import { TextField } from "./text-field";
import { ErrorAlert } from "./error-alert";

/** What a list or resource page hands its typed-confirmation delete modal. */
export interface DeleteModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: (name: string) => void;
}

/** A react-query mutation's state as this modal's `pending` / `error` / `onReset`. */
export function deleteState(m: { isPending: boolean; error: Error | null; reset: () => void }) {
  return { pending: m.isPending, error: m.error?.message, onReset: m.reset };
}

export function TypedConfirmDeleteModal({
  open,
  onOpenChange,
  title,
  phrase,
  inputLabel,
  pending,
  error,
  onReset,
  onConfirm,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  phrase: string;
  inputLabel: string;
  pending: boolean;
  error?: string | null;
  /** Clears the mutation's state when the modal closes. */
  onReset?: () => void;
  onConfirm: (done: () => void) => void;
  children?: React.ReactNode;
}) {
  const [typed, setTyped] = useState("");
  const close = (o: boolean) => {
    setTyped("");
    onReset?.();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      title={title}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button variant="primary" disabled={typed !== phrase} loading={pending} onClick={() => onConfirm(() => close(false))}>
            Delete
          </Button>
        </>
      }
    >
      {children}
      {/* Cloudscape's delete modal puts focus in the confirmation field. */}
      <TextField label={inputLabel} value={typed} onChange={setTyped} placeholder={phrase} autoFocus />
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </Modal>
  );
}
