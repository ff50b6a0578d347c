"use client";
// "Add a condition": key, qualifier (set operator prefix), operator and one value. Adding the same
// key and operator again adds a value to it, as the console's visual editor does.
import { useId, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import type { ConditionInput } from "./statement-edits";
import { CONDITION_OPERATORS, CONDITION_QUALIFIERS, conditionKeyError, conditionValueError } from "./statement-options";
import { AddToStatementModal } from "./add-to-statement-modal";
import { SelectField } from "./select-field";

export function AddConditionModal({ suggestions, onClose, onAdd }: { suggestions: readonly string[]; onClose: () => void; onAdd: (c: ConditionInput) => void }) {
  const listId = useId();
  const [key, setKey] = useState("");
  const [qualifier, setQualifier] = useState("");
  const [operator, setOperator] = useState<string>("StringEquals");
  const [value, setValue] = useState("");
  const keyError = conditionKeyError(key);
  const valueError = conditionValueError(operator, value);
  return (
    <AddToStatementModal
      title="Add condition"
      invalid={!!(keyError || valueError)}
      onClose={onClose}
      onAdd={() => onAdd({ operator: `${qualifier}${operator}`, key: key.trim(), value: value.trim() })}
    >
      {(showErrors) => (
        <>
          <TextField label="Condition key" value={key} onChange={setKey} list={listId} placeholder="sts:ExternalId" error={showErrors ? keyError : null} autoFocus />
          <datalist id={listId}>
            {suggestions.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <SelectField label="Qualifier" value={qualifier} onChange={setQualifier} options={CONDITION_QUALIFIERS.map((q) => ({ value: q.prefix, label: q.label }))} />
          <SelectField label="Operator" value={operator} onChange={setOperator} options={CONDITION_OPERATORS.map((o) => ({ value: o, label: o }))} />
          <TextField label="Value" value={value} onChange={setValue} error={showErrors ? valueError : null} />
        </>
      )}
    </AddToStatementModal>
  );
}
