"use client";
// "Condition (optional)" of the web identity tile: key / operator / value rows merged into the trust
// policy's Condition block. Keys are free text with the provider's claims offered as suggestions.
import { useId } from "react";
import type { ConditionRow } from "@/lib/iam/console/trust-templates";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { LabeledSelect } from "./labeled-select";
import { WEB_CONDITION_OPERATORS } from "./web-identity-policy";

const OPERATOR_OPTIONS = WEB_CONDITION_OPERATORS.map((o) => ({ value: o, label: o }));

export function WebIdentityConditions({
  rows,
  suggestions,
  errorFor,
  onTouch,
  onAdd,
  onChange,
  onRemove,
}: {
  rows: ConditionRow[];
  suggestions: string[];
  /** The inline error to show for a field key (`condition.<i>.key|value`), if it should show yet. */
  errorFor: (field: string, value: string) => string | null;
  onTouch: (field: string) => void;
  onAdd: () => void;
  onChange: (index: number, patch: Partial<ConditionRow>) => void;
  onRemove: (index: number) => void;
}) {
  const listId = useId();
  return (
    <div className="mt-2 border-t border-aws-border pt-4">
      <h3 className="font-bold">Condition (optional)</h3>
      <p className="mb-3 text-sm text-aws-muted">Add conditions that the web identity token must meet to assume this role.</p>
      <datalist id={listId}>
        {suggestions.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {rows.map((row, i) => (
        <div key={i} role="group" aria-label={`Condition ${i + 1}`} className="mb-2 flex flex-wrap items-start gap-3">
          <TextField
            className="min-w-56 flex-1"
            label="Key"
            list={listId}
            value={row.key}
            onChange={(key) => onChange(i, { key })}
            onBlur={() => onTouch(`condition.${i}.key`)}
            error={errorFor(`condition.${i}.key`, row.key)}
          />
          <LabeledSelect className="min-w-48" label="Condition operator" value={row.operator} onChange={(operator) => onChange(i, { operator })} options={OPERATOR_OPTIONS} />
          <TextField
            className="min-w-48 flex-1"
            label="Value"
            value={row.value}
            onChange={(value) => onChange(i, { value })}
            onBlur={() => onTouch(`condition.${i}.value`)}
            error={errorFor(`condition.${i}.value`, row.value)}
          />
          <Button className="mt-7" aria-label={`Remove condition ${i + 1}`} onClick={() => onRemove(i)}>
            Remove
          </Button>
        </div>
      ))}
      <Button onClick={onAdd}>Add condition</Button>
    </div>
  );
}
