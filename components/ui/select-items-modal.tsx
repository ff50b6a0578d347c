"use client";
// A modal that picks rows from a table and hands their keys to a mutation ("Add users", "Add to
// groups"): on success a flash and close; on failure IAM's error stays in the modal. The selection
// clears and the mutation resets whenever it closes.
import { useState } from "react";
import { Button } from "./button";
import { ErrorAlert } from "./error-alert";
import { useFlash } from "./flashbar";
import { Modal } from "./modal";
import { QueryTable, type QueryState } from "./query-table";
import type { TableProps } from "./table";

export function SelectItemsModal<T>({
  open,
  onOpenChange,
  title,
  submitLabel,
  mutation,
  successMessage,
  query,
  ...table
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  mutation: {
    isPending: boolean;
    error: Error | null;
    reset: () => void;
    mutate: (keys: string[], callbacks: { onSuccess: () => void }) => void;
  };
  successMessage: (keys: string[]) => string;
  query: QueryState;
} & Omit<TableProps<T>, "loading" | "selected" | "onSelectedChange" | "selectionType">) {
  const [selected, setSelected] = useState<string[]>([]);
  const { push } = useFlash();
  const close = (o: boolean) => {
    setSelected([]);
    mutation.reset();
    onOpenChange(o);
  };
  const submit = () =>
    mutation.mutate(selected, {
      onSuccess: () => {
        push({ type: "success", content: successMessage(selected) });
        close(false);
      },
    });
  return (
    <Modal
      open={open}
      onOpenChange={close}
      size="large"
      title={title}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button variant="primary" disabled={selected.length === 0} loading={mutation.isPending} onClick={submit}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <QueryTable query={query} {...table} selectionType="multi" selected={selected} onSelectedChange={setSelected} />
      {mutation.error && <ErrorAlert className="mt-3">{mutation.error.message}</ErrorAlert>}
    </Modal>
  );
}
