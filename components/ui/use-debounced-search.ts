"use client";
import { useEffect, useRef, useState } from "react";

/**
 * A search box's text (`typed`) and the settled query (`search`), `delayMs` after typing stops.
 * `onSettled` runs when the query really changes (typically "back to page 1") — never on mount, so
 * it cannot undo a page change made right after the list appears.
 */
export function useDebouncedSearch(delayMs: number, onSettled: () => void) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });
  useEffect(() => {
    const next = typed.trim();
    if (next === search) return;
    const t = setTimeout(() => {
      setSearch(next);
      settled.current();
    }, delayMs);
    return () => clearTimeout(t);
  }, [typed, search, delayMs]);
  return { typed, setTyped, search };
}
