import type { KeyboardEvent } from "react";

const BOX = "w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1";
/** The smaller box inside a picker's frame (the simulator's action list). */
const COMPACT = "min-w-0 flex-1 rounded border border-aws-border px-2 py-0.5 text-sm";

/** The text filter above a table or a list: a search box named by its aria-label (journeys find it with getByLabel). */
export function SearchInput({
  label,
  value,
  onChange,
  placeholder = "Search",
  onKeyDown,
  compact = false,
  className = "",
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  /** Keys the page handles itself (the access graph's Enter and arrows). */
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  compact?: boolean;
  /** Extra classes (spacing), added to the box's own. */
  className?: string;
}) {
  return (
    <input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      className={`${compact ? COMPACT : BOX}${className ? ` ${className}` : ""}`}
    />
  );
}

/** "1 match" / "N matches" beside a search box, announced as it changes. */
export function MatchCount({ count }: { count: number }) {
  return (
    <span className="text-sm text-aws-muted" aria-live="polite">
      {count === 1 ? "1 match" : `${count} matches`}
    </span>
  );
}
