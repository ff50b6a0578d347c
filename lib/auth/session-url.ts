// A multi-session tab's URL: every console page and call of a session lives under `/s/<id>/`, so each
// browser tab keeps acting as the identity its URL names, whatever another tab does (AWS gives each
// session its own host name for the same reason; a sandbox reached by IP address has no subdomains,
// so the session is the path's first two segments). proxy.ts rewrites `/s/<id>/<path>` to `/<path>`
// and hands the id to the server in SESSION_HEADER; the id only selects among the identities this
// browser's signed session cookie already holds (lib/auth/multi-session-cookies.ts).
// Shared by the proxy, the server and the browser: no Node or server-only imports here.

/**
 * The tab's session id, as the proxy read it from the URL. Never taken from the client: the proxy
 * removes any copy a request carries before it sets its own.
 */
export const SESSION_HEADER = "x-iam-console-session";

/** The browser's default session for a URL that names none (a new tab, a typed address). */
export const ACTIVE_SESSION_COOKIE = "iam-active-session";
/** A browser preference, as AWS keeps it: grants nothing by itself. */
export const MULTI_SESSION_COOKIE = "iam-multi-session";

const SESSION_ID = /^[a-z0-9]{8}$/;

export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}

const TAB_PATH = /^\/s\/([a-z0-9]{8})(\/.+)$/;

/** `/s/<id>/iam/roles` → { id, path: "/iam/roles" }; null for any other path (`/s/<id>` alone included). */
export function sessionInPath(pathname: string): { id: string; path: string } | null {
  const m = TAB_PATH.exec(pathname);
  return m ? { id: m[1], path: m[2] } : null;
}

/** `path` (starting with "/") inside session `id`'s URL space; unchanged without a session. */
export function sessionPath(id: string | null | undefined, path: string): string {
  return isSessionId(id) && path.startsWith("/") && !path.startsWith("//") ? `/s/${id}${path}` : path;
}

/** The path without its session prefix: what the route is, whichever tab shows it. */
export function consolePathOf(pathname: string): string {
  return sessionInPath(pathname)?.path ?? pathname;
}

/**
 * The console's page sections (the folders of app/(console); a unit test keeps the two equal). A page
 * outside them (sign-in, the sandbox list) belongs to no session.
 */
export const CONSOLE_SECTIONS = ["cloudtrail", "iam", "labs", "policysim", "rolesanywhere", "settings", "switchrole"] as const;

const CONSOLE_PAGE = new RegExp(`^/(${CONSOLE_SECTIONS.join("|")})(/|$)`);

export function isConsolePage(pathname: string): boolean {
  return CONSOLE_PAGE.test(pathname);
}

/** The console JSON API, which acts as the tab's identity when called from a session tab. */
export function isConsoleApi(pathname: string): boolean {
  return pathname.startsWith("/api/console/");
}
