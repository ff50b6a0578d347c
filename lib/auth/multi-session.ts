// Multi-session sign-in (AWS console, January 2025): with multi-session turned on, one browser keeps
// up to five signed-in identities, each with its own URL, and the account menu switches between them;
// without it (the default) the console keeps one session, exactly as before.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html [INF: page recalled]
//
// Local URL scheme: AWS gives each session its own host (`<account>-<id>.<region>.console.aws.amazon.com`).
// A sandbox reached by IP address or a single host name has no such subdomains, so each session's
// pages live under a path, `/s/<id>/…` (lib/auth/session-url.ts), and each tab keeps its session. [INF]
//
// Security: the list of sessions is one httpOnly cookie signed with the auth secret, and each entry
// was added from a completed sign-in (the next-auth session), never from anything the request names;
// a URL's id only chooses among the identities this browser already signed in as. Entries expire
// with the console session (12 h from their sign-in), and every request still re-reads the user
// (console-state.ts), so a deleted user's session ends.
import { randomBytes } from "node:crypto";
import { signJson, verifyJson } from "./role-cookie";
import type { SignedInIdentity } from "./sign-in";
import { isSessionId } from "./session-url";

export { ACTIVE_SESSION_COOKIE, isSessionId, MULTI_SESSION_COOKIE } from "./session-url";
export const SESSIONS_COOKIE = "iam-console-sessions";

export const MAX_SESSIONS = 5;
/** [INF] AWS's wording when a sixth identity would be added. */
export const SESSION_LIMIT_MESSAGE = "You can have up to 5 active sessions. Sign out of a session before you add another.";

export interface ConsoleSessionEntry {
  /** 8 characters, [a-z0-9]: the session's pages are under /s/<id>/. */
  id: string;
  identity: SignedInIdentity;
}

function newSessionId(taken: Set<string>): string {
  for (;;) {
    const id = randomBytes(8).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8);
    if (id.length === 8 && !taken.has(id)) return id;
  }
}

/** The browser's sessions from the signed cookie: none for a forged or altered one, expired ones dropped. */
export function decodeSessions(raw: string | undefined, nowMs: number, lifetimeMs: number): ConsoleSessionEntry[] {
  const list = verifyJson<ConsoleSessionEntry[]>(raw);
  if (!Array.isArray(list)) return [];
  return list.filter((s) => isSessionId(s?.id) && s.identity && nowMs - s.identity.signedInAt < lifetimeMs).slice(0, MAX_SESSIONS);
}

export function encodeSessions(list: ConsoleSessionEntry[]): string {
  return signJson(list);
}

export type AddOutcome = { ok: true; list: ConsoleSessionEntry[]; id: string } | { ok: false; message: string };

/**
 * Adds a signed-in identity. Signing in again as an identity the browser already has replaces that
 * session (same id, the new sign-in) rather than taking a second slot [INF]; a sixth is refused.
 */
export function addSession(list: ConsoleSessionEntry[], identity: SignedInIdentity): AddOutcome {
  const existing = list.find((s) => s.identity.arn === identity.arn);
  if (existing) return { ok: true, id: existing.id, list: list.map((s) => (s === existing ? { id: s.id, identity } : s)) };
  if (list.length >= MAX_SESSIONS) return { ok: false, message: SESSION_LIMIT_MESSAGE };
  const id = newSessionId(new Set(list.map((s) => s.id)));
  return { ok: true, id, list: [...list, { id, identity }] };
}

export function removeSession(list: ConsoleSessionEntry[], id: string): ConsoleSessionEntry[] {
  return list.filter((s) => s.id !== id);
}

/** The session a URL or the active-session cookie names, if this browser has it. */
export function findSession(list: ConsoleSessionEntry[], id: string | undefined): ConsoleSessionEntry | undefined {
  return isSessionId(id) ? list.find((s) => s.id === id) : undefined;
}
