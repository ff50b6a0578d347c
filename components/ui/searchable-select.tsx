"use client";
// Cloudscape's Select with filtering as an ARIA 1.2 combobox: an input that filters a listbox,
// focus stays in the input while aria-activedescendant marks the highlighted option (arrows move it,
// Enter picks it, Escape closes and shows the current choice again).
import { useEffect, useId, useState } from "react";

export interface SelectOption {
  value: string;
  label: string;
  /** Also matched by the filter, not shown (a service's use-case names and principals). */
  keywords?: string;
}

export function SearchableSelect({
  label,
  options,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  const listId = `${id}-listbox`;
  const optionId = (n: number) => `${id}-option-${n}`;
  const selected = options.find((o) => o.value === value);
  const [open, setOpen] = useState(false);
  // null while the input shows the current choice; a string while the user is filtering.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const needle = query?.trim().toLowerCase();
  const filtered = needle ? options.filter((o) => o.label.toLowerCase().includes(needle) || !!o.keywords?.toLowerCase().includes(needle)) : options;
  const activeIndex = Math.min(active, filtered.length - 1);

  useEffect(() => {
    if (open && activeIndex >= 0) document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView?.({ block: "nearest" });
  }, [open, activeIndex, id]);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (o: SelectOption) => {
    onChange(o.value);
    close();
  };
  const openAt = (n: number) => {
    setOpen(true);
    setActive(Math.max(0, n));
  };

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    const current = filtered.findIndex((o) => o.value === value);
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open) openAt(current);
        else setActive(Math.min(activeIndex + 1, filtered.length - 1));
        break;
      case "ArrowUp":
        e.preventDefault();
        if (!open) openAt(current);
        else setActive(Math.max(activeIndex - 1, 0));
        break;
      case "Enter":
        if (open && filtered[activeIndex]) {
          e.preventDefault();
          choose(filtered[activeIndex]);
        }
        break;
      case "Escape":
        if (open) {
          e.preventDefault();
          close();
        }
        break;
    }
  }

  return (
    <div className="relative mb-3 w-full max-w-md">
      <label className="mb-1 block font-bold" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        value={query ?? selected?.label ?? ""}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value);
          openAt(0);
        }}
        onClick={() => (open ? close() : openAt(filtered.findIndex((o) => o.value === value)))}
        onKeyDown={onKeyDown}
        onBlur={close}
        className="w-full rounded-lg border-2 border-aws-border px-2 py-1 pr-7 focus:border-aws-blue focus:outline-none"
      />
      <span aria-hidden className="pointer-events-none absolute right-2 bottom-1.5 text-aws-muted">
        ▾
      </span>
      {open && (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-lg border-2 border-aws-border bg-white py-1 shadow-lg">
          {filtered.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled className="px-3 py-1 text-aws-muted">
              No matches
            </li>
          )}
          {filtered.map((o, n) => (
            <li
              key={o.value}
              id={optionId(n)}
              role="option"
              aria-selected={o.value === value}
              // Keep focus in the input so the click lands before blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              onMouseMove={() => setActive(n)}
              className={`cursor-pointer px-3 py-1 ${n === activeIndex ? "bg-aws-blue-light" : ""} ${o.value === value ? "font-bold" : ""}`}
            >
              {o.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
