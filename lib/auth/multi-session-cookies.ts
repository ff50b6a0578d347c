import "server-only";
// The browser's multi-session state in its cookies (lib/auth/multi-session.ts has the rules): read
// for every request by session-identity.ts, changed only by the multi-session routes and actions.
import { cookies } from "next/headers";
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
import type { SignedInIdentity } from "./sign-in";
import { serverNowMs } from "@/lib/server-now";

const SECURE = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: CONSOLE_SESSION_SECONDS };

export interface MultiSessionState {
  enabled: boolean;
  sessions: ConsoleSessionEntry[];
  active: ConsoleSessionEntry | undefined;
}

export async function readMultiSession(): Promise<MultiSessionState> {
  const jar = await cookies();
  const enabled = jar.get(MULTI_SESSION_COOKIE)?.value === "on";
  if (!enabled) return { enabled, sessions: [], active: undefined };
  const sessions = decodeSessions(jar.get(SESSIONS_COOKIE)?.value, serverNowMs(), CONSOLE_SESSION_SECONDS * 1000);
  return { enabled, sessions, active: findSession(sessions, jar.get(ACTIVE_SESSION_COOKIE)?.value) ?? sessions[0] };
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
  return outcome.id;
}

/**
 * Back to single-session: the active identity stays signed in (its next-auth session is issued again,
 * as a sign-in would), every other session is signed out.
 */
export async function disableMultiSession(): Promise<void> {
  const { active } = await readMultiSession();
  const jar = await cookies();
  jar.delete(MULTI_SESSION_COOKIE);
  jar.delete(SESSIONS_COOKIE);
  jar.delete(ACTIVE_SESSION_COOKIE);
  if (!active) return;
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const token = await encode({
    token: { name: active.identity.name, sub: active.identity.arn, identity: active.identity },
    secret: authOptions.secret!,
    maxAge: CONSOLE_SESSION_SECONDS,
  });
  jar.set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, { ...SECURE, secure });
}

/** Adds the identity a sign-in just completed ("Add session") and makes it active; the sixth is refused. */
export async function adoptSession(identity: SignedInIdentity): Promise<AddOutcome> {
  const state = await readMultiSession();
  const outcome = addSession(state.sessions, identity);
  if (outcome.ok) await write(outcome.list, outcome.id);
  return outcome;
}

/** Makes one of this browser's sessions the active one; false for an id it does not hold. */
export async function activateSession(id: string): Promise<boolean> {
  const state = await readMultiSession();
  if (!findSession(state.sessions, id)) return false;
  await write(state.sessions, id);
  return true;
}

/** Signs the active session out; the next remaining one becomes active. False when none remains. */
export async function signOutActiveSession(): Promise<boolean> {
  const state = await readMultiSession();
  if (!state.active) return false;
  const rest = removeSession(state.sessions, state.active.id);
  await write(rest, rest[0]?.id);
  return rest.length > 0;
}
