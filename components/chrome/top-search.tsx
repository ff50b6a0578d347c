"use client";
// The top bar's unified search, keyboard-first as in the console: Alt+S (Option+S) focuses it from
// anywhere; results from /api/console/search in an ARIA combobox + listbox grouped Features /
// Resources; arrows move, Enter opens the highlighted (or first) result, Escape closes the list.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { apiFetch } from "@/lib/api/client";
import type { SearchGroups, SearchHit } from "@/lib/search/rank";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";

const noSubscribe = () => () => undefined;
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Alt+S / Option+S by physical key: on a Mac, Option+S types "ß", so `key` cannot be used. */
function isSearchShortcut(e: KeyboardEvent): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && e.code === "KeyS";
}

export function TopSearch() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { typed, setTyped, search } = useDebouncedSearch(150, () => setActive(-1));
  const mac = useSyncExternalStore(noSubscribe, isMac, () => false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const results = useQuery({
    queryKey: ["console-search", search],
    queryFn: ({ signal }) => apiFetch<SearchGroups>(`/api/console/search?q=${encodeURIComponent(search)}`, { signal }),
    enabled: search.length > 0,
    staleTime: 5_000,
  });
  const groups = search && results.data ? results.data : { features: [], resources: [] };
  const hits: SearchHit[] = [...groups.features, ...groups.resources];
  const expanded = open && typed.trim().length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setTyped("");
    input.current?.blur();
    router.push(hit.href);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a < 0 && step < 0 ? hits.length - 1 : (a + step + hits.length) % hits.length));
    } else if (e.key === "Enter") {
      e.preventDefault();
      // Results for older text than what is typed are not what Enter means.
      if (search === typed.trim()) go(hits[active >= 0 ? active : 0]);
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setTyped("");
      }
    }
  };

  const status = !expanded
    ? ""
    : search !== typed.trim() || results.isFetching
      ? "Searching"
      : results.isError
        ? "Search failed"
        : hits.length === 0
          ? `No results for "${search}"`
          : `${hits.length} results`;

  const group = (label: string, items: SearchHit[], offset: number) =>
    items.length > 0 && (
      <li role="presentation">
        <div id={`${listId}-${label}`} className="px-3 pt-2 pb-1 text-xs font-bold text-aws-muted uppercase">
          {label}
        </div>
        <ul role="group" aria-labelledby={`${listId}-${label}`}>
          {items.map((hit, i) => {
            const index = offset + i;
            return (
              <li
                key={hit.href}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => go(hit)}
                className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${index === active ? "bg-aws-blue-light" : ""}`}
              >
                <span className="truncate font-bold text-aws-blue">{hit.label}</span>
                <span className="shrink-0 text-xs text-aws-muted">{hit.description}</span>
              </li>
            );
          })}
        </ul>
      </li>
    );

  return (
    <div className="relative">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Alt+S"
        placeholder="Search"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="h-7 w-full rounded-lg border border-[#8d99a8] bg-aws-nav py-0 pr-24 pl-3 text-sm text-white placeholder:text-[#b6bec9]"
      />
      <kbd aria-hidden="true" className="pointer-events-none absolute top-1 right-3 font-sans text-xs text-[#b6bec9]">
        [{mac ? "Option+S" : "Alt+S"}]
      </kbd>
      <span role="status" className="sr-only">
        {status}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="absolute top-8 left-0 z-50 max-h-[70vh] w-full min-w-80 overflow-y-auto rounded-lg border border-aws-border bg-white py-1 text-sm text-aws-ink shadow-lg"
      >
        {group("Features", groups.features, 0)}
        {group("Resources", groups.resources, groups.features.length)}
        {expanded && hits.length === 0 && (
          <li role="presentation" className="px-3 py-2 text-aws-muted">
            {status === "Searching" ? "Searching…" : status}
          </li>
        )}
      </ul>
    </div>
  );
}
