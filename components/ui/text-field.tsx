"use client";
import { useId } from "react";

/** Cloudscape's FormField + Input: label, optional description/constraint, and an error tied by aria-describedby. */
export function TextField({
  label,
  value,
  onChange,
  description,
  constraint,
  error,
  className = "mb-4",
  ...rest
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  description?: React.ReactNode;
  constraint?: React.ReactNode;
  error?: string | null;
  className?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "className">) {
  const id = useId();
  const describedBy = [description && `${id}-desc`, constraint && `${id}-cons`, error && `${id}-err`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {description && (
        <div id={`${id}-desc`} className="text-sm text-aws-muted">
          {description}
        </div>
      )}
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 w-full rounded-lg border-2 px-3 py-1 ${error ? "border-aws-red" : "border-aws-border"} focus:border-aws-blue focus:outline-none`}
        {...rest}
      />
      {error && (
        <div id={`${id}-err`} className="mt-1 text-sm text-aws-red">
          {error}
        </div>
      )}
      {constraint && (
        <div id={`${id}-cons`} className="mt-1 text-xs text-aws-muted">
          {constraint}
        </div>
      )}
    </div>
  );
}
