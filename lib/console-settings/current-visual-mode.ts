import "server-only";
// The visual mode of whoever this request is signed in as, for the root layout's <html> class.
// Signed out (the sign-in page), or the store away: the default, so the page still renders.
import { cache } from "react";
import { getSignedInIdentity } from "@/lib/auth/session-identity";
import { visualModeOf } from "./visual-mode";
import { DEFAULT_VISUAL_MODE, type VisualMode } from "./visual-modes";

export const currentVisualMode = cache(async (): Promise<VisualMode> => {
  try {
    const identity = await getSignedInIdentity();
    return identity ? await visualModeOf(identity.arn) : DEFAULT_VISUAL_MODE;
  } catch {
    return DEFAULT_VISUAL_MODE;
  }
});
