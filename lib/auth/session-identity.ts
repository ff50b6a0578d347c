import "server-only";
// The signed-in identity. Only console-state.ts, sign-in pages and the multi-session routes read it;
// every other server module asks getCaller() for the principal. With multi-session turned on, the
// identity is the tab's session (its URL, /s/<id>/…, picks one of the signed list in the browser's
// cookie, lib/auth/multi-session.ts) or, for a URL naming none, the browser's default session;
// otherwise the next-auth session, as before.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { readMultiSession } from "./multi-session-cookies";
import type { SignedInIdentity } from "./sign-in";

/** The identity of the last completed sign-in (next-auth's session JWT). */
export const nextAuthIdentity = cache(async (): Promise<SignedInIdentity | null> => {
  const session = (await getServerSession(authOptions)) as { identity?: SignedInIdentity } | null;
  return session?.identity ?? null;
});

export const getSignedInIdentity = cache(async (): Promise<SignedInIdentity | null> => {
  const multi = await readMultiSession();
  // A URL naming a session this browser does not hold (signed out, expired, never signed in here, or
  // multi-session turned off since) is signed in as nobody: never another identity in its place.
  if (multi.tabId) return (multi.enabled && multi.active?.identity) || null;
  // Multi-session with no session left in the list (all expired): the last sign-in, which the
  // sign-in page's callback then adds as the first session.
  return (multi.enabled && multi.active?.identity) || nextAuthIdentity();
});
