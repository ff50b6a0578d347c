"use client";
// A plain confirmation dialog (Cloudscape Modal): Cancel, and one primary action that runs a mutation
// and shows its error in place.
import { Button } from "./button";
import { ErrorAlert } from "./error-alert";
import { Modal } from "./modal";

export function ConfirmModal({
  title,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children: React.ReactNode;
}) {
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={title}
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {error ? <ErrorAlert className="mt-3" error={error} /> : null}
    </Modal>
  );
}
