"use client";
// The lookup-attribute filter (spec §1.5): ONE attribute at a time, as AWS's console and LookupEvents
// allow. Read-only takes true/false from a menu; the others take typed text, applied a moment after
// typing stops (or on Enter). An empty value filters nothing.
import { useEffect, useRef, useState } from "react";
import type { LookupAttributeKey } from "@/lib/cloudtrail/types";
import { ATTRIBUTE_LABELS } from "./format";

const SELECT = "rounded-lg border-2 border-aws-border px-2 py-1";
const APPLY_DELAY_MS = 300;

export interface AttributeFilter {
  key: LookupAttributeKey;
  value: string;
}

function ValueInput({ filter, onChange }: { filter: AttributeFilter; onChange: (f: AttributeFilter) => void }) {
  const [typed, setTyped] = useState(filter.value);
  const latest = useRef({ filter, onChange });
  useEffect(() => {
    latest.current = { filter, onChange };
  });
  useEffect(() => {
    const next = typed.trim();
    if (next === latest.current.filter.value) return;
    const t = setTimeout(() => latest.current.onChange({ ...latest.current.filter, value: next }), APPLY_DELAY_MS);
    return () => clearTimeout(t);
  }, [typed]);
  return (
    <input
      type="search"
      aria-label={`Enter ${ATTRIBUTE_LABELS[filter.key].toLowerCase()}`}
      placeholder={`Enter ${ATTRIBUTE_LABELS[filter.key].toLowerCase()}`}
      value={typed}
      maxLength={2000}
      onChange={(e) => setTyped(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") onChange({ ...filter, value: typed.trim() });
      }}
      className="w-72 rounded-lg border-2 border-aws-border px-3 py-1"
    />
  );
}

export function LookupFilter({ value, onChange }: { value: AttributeFilter; onChange: (f: AttributeFilter) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label="Lookup attributes"
        value={value.key}
        onChange={(e) => {
          const key = e.target.value as LookupAttributeKey;
          onChange({ key, value: key === "ReadOnly" ? "false" : "" });
        }}
        className={SELECT}
      >
        {(Object.keys(ATTRIBUTE_LABELS) as LookupAttributeKey[]).map((k) => (
          <option key={k} value={k}>
            {ATTRIBUTE_LABELS[k]}
          </option>
        ))}
      </select>
      {value.key === "ReadOnly" ? (
        <select aria-label="Read-only value" value={value.value} onChange={(e) => onChange({ ...value, value: e.target.value })} className={SELECT}>
          <option value="false">false</option>
          <option value="true">true</option>
        </select>
      ) : (
        // Remounted per attribute, so a half-typed value never carries over to another key.
        <ValueInput key={value.key} filter={value} onChange={onChange} />
      )}
    </div>
  );
}
