"use client";
// The shape shared by the panel's "Add a principal / resource / condition" dialogs: a form in a
// Modal whose footer button submits it (so Enter in any field adds as well). Field errors show only
// once the user has tried to add, and an invalid form keeps the dialog open.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";

export function PanelFormModal({
  title,
  submitLabel,
  invalid,
  onClose,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  invalid: boolean;
  onClose: () => void;
  onSubmit: () => void;
  children: (showErrors: boolean) => React.ReactNode;
}) {
  const formId = useId();
  const [tried, setTried] = useState(false);
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
          <Button variant="primary" type="submit" form={formId}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (invalid) return;
          onSubmit();
          onClose();
        }}
      >
        {children(tried)}
      </form>
    </Modal>
  );
}

/** A labelled native select, styled like the wizard's. */
export function SelectField({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className="w-full rounded-lg border-2 border-aws-border px-2 py-1">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
