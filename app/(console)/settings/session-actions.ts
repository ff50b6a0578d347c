"use server";
// The account menu's multi-session commands. Server actions: Next refuses them from another origin.
// Each acts on this browser's own signed session list; none takes an identity from the request.
import { getConsoleState } from "@/lib/auth/console-state";
import { disableMultiSession, enableMultiSession, signOutActiveSession } from "@/lib/auth/multi-session-cookies";

/** "Turn on multi-session support": the identity signed in now becomes the first session. */
export async function turnOnMultiSession(): Promise<void> {
  const state = await getConsoleState();
  if (state) await enableMultiSession(state.identity);
}

export async function turnOffMultiSession(): Promise<void> {
  await disableMultiSession();
}

/** Signs out of the active session only; `true` when another session remains signed in. */
export async function signOutOfSession(): Promise<boolean> {
  return signOutActiveSession();
}
