// A console API read asked for with the document's head, before the page's scripts run: the view's
// apiFetch (lib/api/client.ts: the same path in this tab's session, the same credentials mode) then
// takes the preloaded answer instead of asking again after hydration. Call it before the server
// component's slower awaits: a hint given later reaches the browser only in the page's RSC data.
import { preload } from "react-dom";
import { sessionPath } from "@/lib/auth/session-url";

export function preloadConsoleRead(tabId: string | null, path: string): void {
  preload(sessionPath(tabId, path), { as: "fetch", crossOrigin: "anonymous" });
}
