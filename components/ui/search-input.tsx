/** The text filter above a table: a search box named by its aria-label (journeys find it with getByLabel). */
export function SearchInput({
  label,
  value,
  onChange,
  placeholder = "Search",
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <input
      type="search"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1"
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
