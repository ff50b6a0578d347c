"use client";
// A native select with its label and inline error tied by aria-describedby: the select-shaped twin
// of TextField for the web identity form (the wizard's other tiles keep their own markup).
import { useId } from "react";

export function LabeledSelect({
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  className = "mb-4",
  onBlur,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  /** An empty first option ("Choose …"), shown while nothing is chosen. */
  placeholder?: string;
  error?: string | null;
  className?: string;
  onBlur?: () => void;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className={`mt-1 w-full max-w-md rounded-lg border-2 px-2 py-1 ${error ? "border-aws-red" : "border-aws-border"}`}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <div id={`${id}-err`} className="mt-1 text-sm text-aws-red">
          {error}
        </div>
      )}
    </div>
  );
}
