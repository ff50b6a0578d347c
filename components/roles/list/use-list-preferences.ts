"use client";
// The Roles table's gear preferences (page size, visible columns), remembered in localStorage as the
// console remembers them. Read after mount so the server render and the first client render agree;
// `ready` tells the table when the stored page size is known (so it fetches once, with it).
import { useCallback, useEffect, useState } from "react";

export const ROLE_COLUMNS = [
  { id: "name", label: "Role name", alwaysVisible: true },
  { id: "trusted", label: "Trusted entities" },
  { id: "activity", label: "Last activity" },
  { id: "arn", label: "ARN" },
  { id: "created", label: "Creation time" },
  { id: "duration", label: "Max session duration" },
] as const;

export type RoleColumnId = (typeof ROLE_COLUMNS)[number]["id"];
export const PAGE_SIZES = [10, 20, 50] as const;

export interface ListPreferences {
  pageSize: number;
  visible: RoleColumnId[];
}

export const DEFAULT_PREFERENCES: ListPreferences = { pageSize: 10, visible: ["name", "trusted", "activity"] };
const STORAGE_KEY = "iam-console:roles-table-preferences";

function sanitize(raw: unknown): ListPreferences {
  const p = raw as Partial<ListPreferences> | null;
  const ids = new Set<string>(ROLE_COLUMNS.map((c) => c.id));
  const pageSize = PAGE_SIZES.includes(p?.pageSize as 10) ? (p?.pageSize as number) : DEFAULT_PREFERENCES.pageSize;
  const visible = Array.isArray(p?.visible) ? (p.visible.filter((c) => ids.has(c)) as RoleColumnId[]) : DEFAULT_PREFERENCES.visible;
  return { pageSize, visible: visible.includes("name") ? visible : ["name", ...visible] };
}

export function useListPreferences() {
  const [prefs, setPrefs] = useState<ListPreferences>(DEFAULT_PREFERENCES);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      if (stored) setPrefs(sanitize(JSON.parse(stored)));
    } catch {
      // Unreadable preferences fall back to the defaults.
    }
    setReady(true);
  }, []);
  const save = useCallback((next: ListPreferences) => {
    const clean = sanitize(next);
    setPrefs(clean);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(clean));
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  return { prefs, ready, save };
}
