"use client";
// The "settled" signal demos and journeys wait for before a screenshot or an assertion
// (training-spec §11.5): <main data-settled> once react-query has no fetch (but a background poll's,
// settled-queries.ts) or mutation in flight,
// no component has registered pending work (a validation debounce about to fire, a lazily loaded
// editor), and the fonts are loaded.
import { useIsFetching, useIsMutating } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type ComponentProps } from "react";
import { holdsSettled } from "./settled-queries";

const pending = new Set<symbol>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit() {
  for (const l of listeners) l();
}

/**
 * Holds the page unsettled while `busy`. A layout effect, so the flag is up before the browser
 * paints the change that started the work (a poll between paint and a passive effect would see
 * "settled" for a page that is about to change).
 */
export function useBusy(busy: boolean): void {
  useLayoutEffect(() => {
    if (!busy) return;
    const id = Symbol("busy");
    pending.add(id);
    emit();
    return () => {
      pending.delete(id);
      emit();
    };
  }, [busy]);
}

function useFontsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** The console's <main>, marked data-settled while nothing is loading. */
export function SettledMain(props: ComponentProps<"main">) {
  const fetching = useIsFetching({ predicate: holdsSettled });
  const mutating = useIsMutating();
  // The server render (and hydration) count as busy: nothing is settled before React runs.
  const busy = useSyncExternalStore(
    subscribe,
    () => pending.size,
    () => 1,
  );
  const fonts = useFontsLoaded();
  const settled = fonts && fetching === 0 && mutating === 0 && busy === 0;
  return <main {...props} data-settled={settled ? "true" : undefined} />;
}
