"use client";
// A policy document as text with line numbers; the lines of the statements a result matched are
// highlighted (<mark>), as the simulator's "Show statement" does. Editable in place (never saved).
import type { StatementSpan } from "@/lib/iam/simulate/positions";

export function PolicyText({
  label,
  text,
  highlight = [],
  editing,
  onChange,
}: {
  label: string;
  text: string;
  highlight?: StatementSpan[];
  editing?: boolean;
  onChange?: (text: string) => void;
}) {
  if (editing)
    return (
      <textarea
        aria-label={label}
        value={text}
        onChange={(e) => onChange?.(e.target.value)}
        spellCheck={false}
        className="h-80 w-full rounded-lg border-2 border-aws-border p-2 font-mono text-xs"
      />
    );
  const lit = (line: number) => highlight.some((s) => line >= s.StartPosition.Line && line <= s.EndPosition.Line);
  return (
    <pre aria-label={label} className="max-h-96 overflow-auto rounded-lg border border-aws-divider bg-[#fafafa] py-1 font-mono text-xs">
      {text.split("\n").map((line, i) => {
        const n = i + 1;
        const body = (
          <>
            <span aria-hidden className="inline-block w-8 pr-2 text-right text-aws-muted select-none">
              {n}
            </span>
            {line}
            {"\n"}
          </>
        );
        return lit(n) ? (
          <mark key={n} className="block bg-[#fff3c4] text-aws-ink">
            {body}
          </mark>
        ) : (
          <span key={n} className="block">
            {body}
          </span>
        );
      })}
    </pre>
  );
}
