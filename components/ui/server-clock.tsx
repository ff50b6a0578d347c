"use client";
// Relative times ("7 minutes ago") count from the server's clock, not the browser's: the console
// layout renders this with the server's "now" (a sandbox with a fixed clock, a demo's browser clock or
// a skewed laptop would otherwise disagree with the timestamps the server wrote).
import { setServerClock } from "./time";

export function ServerClock({ now }: { now: number }) {
  // Before the page's children render (it comes first in the tree), and idempotent.
  setServerClock(now);
  return null;
}
