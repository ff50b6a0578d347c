"use client";
import { useMemo, useState } from "react";

/** Case-insensitive name filtering in the browser, for lists IAM returns whole (users, groups, providers). */
export function useClientSearch<T>(items: T[], nameOf: (item: T) => string) {
  const [search, setSearch] = useState("");
  const needle = search.toLowerCase();
  // Pass a stable nameOf (module-level), or the filter reruns on every render.
  const shown = useMemo(() => items.filter((i) => nameOf(i).toLowerCase().includes(needle)), [items, nameOf, needle]);
  return { search, setSearch, shown };
}
