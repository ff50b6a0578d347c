"use client";
import { useSyncExternalStore } from "react";

const noopSubscribe = () => () => undefined;

/**
 * false during server rendering, true once React has hydrated. Controls expose it as
 * `data-hydrated` so journeys (and demos) wait for it: a click on server-rendered markup before
 * hydration is lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, () => true, () => false);
}
