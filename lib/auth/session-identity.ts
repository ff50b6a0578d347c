import "server-only";
// The next-auth session's SignedInIdentity. Only console-state.ts and sign-in pages read it; every
// other server module asks getCaller() for the principal.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { SignedInIdentity } from "./sign-in";

export const getSignedInIdentity = cache(async (): Promise<SignedInIdentity | null> => {
  const session = (await getServerSession(authOptions)) as { identity?: SignedInIdentity } | null;
  return session?.identity ?? null;
});
