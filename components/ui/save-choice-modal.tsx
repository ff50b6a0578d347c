"use client";
// A dialog that changes one setting to one of a few values (Edit account color, Change region
// compatibility of session tokens): the radio choices with a note under them, and Save changes, which
// runs the mutation; once saved the dialog closes with a success flash, else the mutation's error
// shows in place.
import { useState } from "react";
import type { UseMutationResult } from "@tanstack/react-query";
import { ConfirmModal } from "./confirm-modal";
import { useFlash } from "./flashbar";
import { RadioChoices, type RadioChoicesProps } from "./radio-choices";

export function SaveChoiceModal<T extends string>({
  title,
  current,
  save,
  savedMessage,
  note,
  onClose,
  ...choices
}: RadioChoicesProps<T> & {
  title: string;
  current: T;
  /** The mutation that saves the choice, from a component mounted with the dialog (so each opening starts without the last error). */
  save: UseMutationResult<unknown, Error, T>;
  /** The success flash's text. */
  savedMessage: string;
  note: string;
  onClose: () => void;
}) {
  const [choice, setChoice] = useState(current);
  const { push } = useFlash();
  return (
    <ConfirmModal
      title={title}
      confirmLabel="Save changes"
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onConfirm={() =>
        save
          .mutateAsync(choice)
          .then(() => {
            onClose();
            push({ type: "success", content: savedMessage });
          })
          .catch(() => undefined)
      }
    >
      <RadioChoices {...choices} value={choice} onChange={setChoice} />
      <p className="mt-3 text-sm text-aws-muted">{note}</p>
    </ConfirmModal>
  );
}
