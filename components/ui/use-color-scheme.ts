"use client";
// Whether the page is showing its light or dark colours, for widgets that paint themselves and
// cannot read the stylesheet's light-dark() tokens: Monaco's theme, the access graph's colour mode.
// The mode is the one the server rendered into <html data-visual-mode> (Unified Settings: Light,
// Dark, or Browser default = prefers-color-scheme); both are watched, so saving the setting or the
// system switching to dark restyles an open editor or graph at once.
import { useSyncExternalStore } from "react";

export type ColorScheme = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function current(): ColorScheme {
  const mode = document.documentElement.dataset.visualMode;
  if (mode === "dark") return "dark";
  if (mode === "browser") return window.matchMedia(DARK_QUERY).matches ? "dark" : "light";
  return "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-visual-mode", "class"] });
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}

/** Light on the server (the widgets using it render in the browser only). */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, current, () => "light");
}
