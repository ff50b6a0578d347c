"use client";
// "Request conditions - optional": one row per condition key (key, qualifier, operator, values). A
// row missing its key or value stays in the form but is not written to the JSON until complete.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/policy-editor/select-field";
import { CONDITION_OPERATORS, CONDITION_QUALIFIERS } from "@/components/policy-editor/statement-options";
import type { ConditionRow, Qualifier } from "./model";

const QUALIFIER_OPTIONS = CONDITION_QUALIFIERS.map((q) => ({ value: q.prefix.replace(":", ""), label: q.label }));

export function ConditionsSection({ rows, onChange }: { rows: ConditionRow[]; onChange: (rows: ConditionRow[]) => void }) {
  const hint = useId();
  const set = (i: number, patch: Partial<ConditionRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Request conditions - optional</legend>
      {rows.map((r, i) => {
        // Operators the list lacks (…IfExists) are still shown as they are written.
        const operators = (CONDITION_OPERATORS as readonly string[]).includes(r.operator) ? CONDITION_OPERATORS : [r.operator, ...CONDITION_OPERATORS];
        return (
          <div key={i} role="group" aria-label={`Condition ${i + 1}`} className="mt-2 grid grid-cols-1 items-end gap-x-3 rounded border border-aws-divider p-2 md:grid-cols-[2fr_1.5fr_1.5fr_2fr_auto]">
            <label className="mb-4 block font-bold">
              Condition key
              <input
                value={r.key}
                onChange={(e) => set(i, { key: e.target.value.trim() })}
                placeholder="aws:SourceIp"
                className="mt-1 block w-full rounded-lg border-2 border-aws-border px-3 py-1 font-normal"
              />
            </label>
            <SelectField label="Qualifier" value={r.qualifier} onChange={(v) => set(i, { qualifier: v as Qualifier })} options={QUALIFIER_OPTIONS} />
            <SelectField label="Operator" value={r.operator} onChange={(v) => set(i, { operator: v })} options={operators.map((o) => ({ value: o, label: o }))} />
            <label className="mb-4 block font-bold">
              Value
              <input
                value={r.values.join(", ")}
                onChange={(e) => set(i, { values: e.target.value.split(/,\s*/) })}
                aria-describedby={`${hint}-${i}`}
                className="mt-1 block w-full rounded-lg border-2 border-aws-border px-3 py-1 font-normal"
              />
              <span id={`${hint}-${i}`} className="text-xs font-normal text-aws-muted">
                Separate several values with commas.
              </span>
            </label>
            <Button className="mb-4" aria-label={`Remove condition ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </div>
        );
      })}
      <Button className="mt-2" onClick={() => onChange([...rows, { key: "", qualifier: "", operator: "StringEquals", values: [""] }])}>
        Add another condition
      </Button>
    </fieldset>
  );
}
