import "server-only";
// The browser's multi-session state in its cookies (lib/auth/multi-session.ts has the rules): read
// for every request by session-identity.ts, changed only by the multi-session routes and actions.
// Which of the sessions a request acts as is its tab's: the id proxy.ts read from the URL (/s/<id>/…).
import { cookies, headers } from "next/headers";
import { encode } from "next-auth/jwt";
import { authOptions, CONSOLE_SESSION_SECONDS } from "./options";
import {
  ACTIVE_SESSION_COOKIE,
  addSession,
  decodeSessions,
  encodeSessions,
  findSession,
  MULTI_SESSION_COOKIE,
  removeSession,
  SESSIONS_COOKIE,
  type AddOutcome,
  type ConsoleSessionEntry,
} from "./multi-session";
import { roleCookieNames } from "./role-cookie";
import { isSessionId, SESSION_HEADER } from "./session-url";
import type { SignedInIdentity } from "./sign-in";
import { serverNowMs } from "@/lib/server-now";

const SECURE = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: CONSOLE_SESSION_SECONDS };

export interface MultiSessionState {
  enabled: boolean;
  sessions: ConsoleSessionEntry[];
  /**
   * The session this request acts as: its tab's when the URL names one (undefined if this browser
   * does not hold that id), else the browser's default one.
   */
  active: ConsoleSessionEntry | undefined;
  /** The session id the request's URL names (set by proxy.ts only), held or not; null for none. */
  tabId: string | null;
}

export async function readMultiSession(): Promise<MultiSessionState> {
  const jar = await cookies();
  const named = (await headers()).get(SESSION_HEADER);
  const tabId = isSessionId(named) ? named : null;
  const enabled = jar.get(MULTI_SESSION_COOKIE)?.value === "on";
  if (!enabled) return { enabled, sessions: [], active: undefined, tabId };
  const sessions = decodeSessions(jar.get(SESSIONS_COOKIE)?.value, serverNowMs(), CONSOLE_SESSION_SECONDS * 1000);
  const active = tabId ? findSession(sessions, tabId) : (findSession(sessions, jar.get(ACTIVE_SESSION_COOKIE)?.value) ?? sessions[0]);
  return { enabled, sessions, active, tabId };
}

/** Moves a switched role and its history between cookie names (single-session ⇄ one session's own). */
async function moveRoleCookies(from: string | null, to: string | null): Promise<void> {
  const jar = await cookies();
  const source = roleCookieNames(from);
  const target = roleCookieNames(to);
  for (const key of ["role", "history"] as const) {
    const value = jar.get(source[key])?.value;
    jar.delete(source[key]);
    if (value) jar.set(target[key], value, { ...SECURE, maxAge: key === "history" ? 400 * 24 * 3600 : undefined });
  }
}

async function dropRoleCookies(sessionId: string): Promise<void> {
  const jar = await cookies();
  const names = roleCookieNames(sessionId);
  jar.delete(names.role);
  jar.delete(names.history);
}

async function write(sessions: ConsoleSessionEntry[], activeId: string | undefined): Promise<void> {
  const jar = await cookies();
  jar.set(SESSIONS_COOKIE, encodeSessions(sessions), SECURE);
  if (activeId) jar.set(ACTIVE_SESSION_COOKIE, activeId, SECURE);
  else jar.delete(ACTIVE_SESSION_COOKIE);
}

/** Turns multi-session on: the identity signed in now becomes the first session. */
export async function enableMultiSession(current: SignedInIdentity): Promise<string> {
  const jar = await cookies();
  jar.set(MULTI_SESSION_COOKIE, "on", { ...SECURE, maxAge: 400 * 24 * 3600 });
  const outcome = addSession([], current);
  if (!outcome.ok) throw new Error(outcome.message);
  await write(outcome.list, outcome.id);
  // A role switched to before stays active, now as this first session's.
  await moveRoleCookies(null, outcome.id);
  return outcome.id;
}

/**
 * Back to single-session: the identity of the tab that turns it off stays signed in (its next-auth
 * session is issued again, as a sign-in would), with its switched role; every other session is signed out.
 */
export async function disableMultiSession(): Promise<void> {
  const { active, sessions } = await readMultiSession();
  const jar = await cookies();
  jar.delete(MULTI_SESSION_COOKIE);
  jar.delete(SESSIONS_COOKIE);
  jar.delete(ACTIVE_SESSION_COOKIE);
  for (const s of sessions) if (s !== active) await dropRoleCookies(s.id);
  if (!active) return;
  await moveRoleCookies(active.id, null);
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const token = await encode({
    token: { name: active.identity.name, sub: active.identity.arn, identity: active.identity },
    secret: authOptions.secret!,
    maxAge: CONSOLE_SESSION_SECONDS,
  });
  jar.set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, { ...SECURE, secure });
}

/**
 * Adds the identity a sign-in just completed ("Add session") and makes it the browser's default (the
 * tab goes to its URL); the sixth is refused.
 */
export async function adoptSession(identity: SignedInIdentity): Promise<AddOutcome> {
  const state = await readMultiSession();
  const outcome = addSession(state.sessions, identity);
  if (outcome.ok) await write(outcome.list, outcome.id);
  return outcome;
}

/** Makes one of this browser's sessions its default one; false for an id it does not hold. */
export async function activateSession(id: string): Promise<boolean> {
  const state = await readMultiSession();
  if (!findSession(state.sessions, id)) return false;
  await write(state.sessions, id);
  return true;
}

/**
 * Signs this tab's session out (its switched role too); the first remaining one becomes the browser's
 * default. Its id, for the tab to move to, or null when none remains.
 */
export async function signOutTabSession(): Promise<string | null> {
  const state = await readMultiSession();
  if (!state.active) return null;
  const rest = removeSession(state.sessions, state.active.id);
  await write(rest, rest[0]?.id);
  await dropRoleCookies(state.active.id);
  return rest[0]?.id ?? null;
}
