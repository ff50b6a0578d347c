"use server";
// The account menu's multi-session commands. Server actions: Next refuses them from another origin.
// Each acts on this browser's own signed session list; none takes an identity from the request. Posted
// to the tab's own URL, so "this session" is the tab's (lib/auth/session-url.ts).
import { getConsoleState } from "@/lib/auth/console-state";
import { sessionPath } from "@/lib/auth/session-url";
import { disableMultiSession, enableMultiSession, signOutTabSession } from "@/lib/auth/multi-session-cookies";

/** "Turn on multi-session support": the identity signed in now becomes the first session; its URL. */
export async function turnOnMultiSession(): Promise<string | null> {
  const state = await getConsoleState();
  return state ? sessionPath(await enableMultiSession(state.identity), "/iam") : null;
}

export async function turnOffMultiSession(): Promise<void> {
  await disableMultiSession();
}

/** Signs out of this tab's session only; the URL of the session the tab moves to, null when none remains. */
export async function signOutOfSession(): Promise<string | null> {
  const next = await signOutTabSession();
  return next ? sessionPath(next, "/iam") : null;
}
