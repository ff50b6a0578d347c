// Which session a console request belongs to (proxy.ts applies the answer). Pure, so every rule is
// unit-tested without a server.
//
// - `/s/<id>/<path>`: the tab of session <id>; served as `/<path>` with the id handed to the server.
// - With multi-session on, a console page asked for without a session (a link, router.push or
//   redirect("/iam/…") rendered inside a session tab) is sent to the same path inside the tab it came
//   from: the page's own URL (Referer, read only when the browser says the request is same-origin).
//   A page with no session tab behind it (a typed address, a bookmark) opens in the browser's default
//   session. Pages keep the prefix in the address bar, so each tab stays in its session.
// - A console API call without a session from a session tab is served as that tab (apiFetch adds the
//   prefix itself; this keeps any other same-origin fetch or download link in its tab as well).
// Nothing here proves an identity: the server looks the id up in the browser's signed session list
// and answers the sign-in page (pages) or 401 (API) for an id it does not hold.
import { isConsoleApi, isConsolePage, isSessionId, sessionInPath, sessionPath } from "./session-url";

export interface RequestFacts {
  method: string;
  pathname: string;
  /** The query string with its "?", or "". */
  search: string;
  referer: string | null;
  /** Sec-Fetch-Site, set by the browser (a page's script cannot). */
  fetchSite: string | null;
  /** The multi-session preference cookie is "on". */
  multiSession: boolean;
  /** The browser's default session (its cookie), unverified: the server checks it. */
  activeId: string | undefined;
}

export type SessionRoute = { kind: "rewrite"; path: string; id: string } | { kind: "redirect"; location: string } | { kind: "pass" };

/** The session tab a same-origin request was made from, if its page is in one. */
function refererSession(facts: RequestFacts): string | undefined {
  if (facts.fetchSite !== "same-origin" || !facts.referer) return undefined;
  try {
    return sessionInPath(new URL(facts.referer).pathname)?.id;
  } catch {
    return undefined;
  }
}

export function routeSession(facts: RequestFacts): SessionRoute {
  const tab = sessionInPath(facts.pathname);
  if (tab) return { kind: "rewrite", path: tab.path, id: tab.id };
  // Single-session mode (the default): nothing changes.
  if (!facts.multiSession) return { kind: "pass" };
  const fromTab = refererSession(facts);
  if (isConsolePage(facts.pathname) && (facts.method === "GET" || facts.method === "HEAD")) {
    const id = fromTab ?? (isSessionId(facts.activeId) ? facts.activeId : undefined);
    return id ? { kind: "redirect", location: sessionPath(id, facts.pathname) + facts.search } : { kind: "pass" };
  }
  if (fromTab && isConsoleApi(facts.pathname)) return { kind: "rewrite", path: facts.pathname, id: fromTab };
  return { kind: "pass" };
}
