"use client";
// Whether the lab panel is open or collapsed to its rail: remembered in the browser (it survives
// navigation and reload), and shared by the panel and the catalog's Resume.
import { useSyncExternalStore } from "react";

const KEY = "lab-panel";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === "rail";
  } catch {
    return false;
  }
}

function write(collapsed: boolean): void {
  try {
    if (collapsed) localStorage.setItem(KEY, "rail");
    else localStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
  listeners.forEach((l) => l());
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function usePanelCollapsed(): [boolean, (collapsed: boolean) => void] {
  const collapsed = useSyncExternalStore(subscribe, read, () => false);
  return [collapsed, write];
}

/** Opens the panel (the catalog's Resume and Start) and moves focus to it once it is there. */
export function expandLabPanel(): void {
  write(false);
  requestAnimationFrame(() => document.getElementById("lab-panel-heading")?.focus());
}
