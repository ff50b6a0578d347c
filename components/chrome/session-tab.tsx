"use client";
// The multi-session tab a page is shown in (lib/auth/session-url.ts): its id comes from the server
// (the URL the proxy read), so the server's HTML and the browser's agree on every link it shapes.
import { createContext, useCallback, useContext } from "react";
import { usePathname } from "next/navigation";
import { consolePathOf, sessionPath } from "@/lib/auth/session-url";

const SessionTab = createContext<string | null>(null);

export function SessionTabProvider({ id, children }: { id: string | null; children: React.ReactNode }) {
  return <SessionTab.Provider value={id}>{children}</SessionTab.Provider>;
}

/** Turns a console path into this tab's URL for it (`/s/<id>/…` in a session tab, unchanged otherwise). */
export function useSessionHref(): (path: string) => string {
  const id = useContext(SessionTab);
  return useCallback((path: string) => sessionPath(id, path), [id]);
}

/**
 * The page's route path without the tab's `/s/<id>` prefix. usePathname() is the address bar's in the
 * browser but the rewritten path on the server; both agree once the prefix is gone.
 */
export function useConsolePathname(): string {
  return consolePathOf(usePathname() ?? "");
}
