"use client";
// "Add a principal": the principal type decides the element (AWS / Service / Federated) and the
// form the ARN must take; the template is shown as the hint.
import { useState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { PrincipalElement } from "./statement-edits";
import { PRINCIPAL_TYPES, principalError } from "./statement-options";
import { AddToStatementModal } from "./add-to-statement-modal";
import { SelectField } from "./select-field";

export function AddPrincipalModal({ onClose, onAdd }: { onClose: () => void; onAdd: (element: PrincipalElement, value: string) => void }) {
  const [typeId, setTypeId] = useState(PRINCIPAL_TYPES[0].id);
  const [value, setValue] = useState("");
  const type = PRINCIPAL_TYPES.find((t) => t.id === typeId) ?? PRINCIPAL_TYPES[0];
  const error = principalError(type, value);
  return (
    <AddToStatementModal title="Add principal" invalid={!!error} onClose={onClose} onAdd={() => onAdd(type.element, value.trim())}>
      {(showErrors) => (
        <>
          <SelectField label="Principal type" value={typeId} onChange={setTypeId} options={PRINCIPAL_TYPES.map((t) => ({ value: t.id, label: t.label }))} />
          <TextField label="ARN" value={value} onChange={setValue} placeholder={type.template} constraint={`Format: ${type.template}`} error={showErrors ? error : null} autoFocus />
        </>
      )}
    </AddToStatementModal>
  );
}
