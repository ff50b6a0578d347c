// "Filter by Type" above a policy table (the Policies list and the attach picker offer different types).
export function TypeFilter<T extends string>({ options, value, onChange }: { options: [T, string][]; value: T; onChange: (t: T) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-bold">Filter by Type</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)} className="rounded-lg border-2 border-aws-border px-2 py-1">
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
