// The lab learner's id (lib/api/lab-learner.ts) as the httpOnly `lab_learner` cookie carries it: the
// name and the shape this server mints, without Next's request scope, so sign-in (lib/auth/options.ts)
// reads it from the raw Cookie header too.
import { randomBytes } from "node:crypto";

export const LEARNER_COOKIE = "lab_learner";
const LEARNER_ID = /^[A-Za-z0-9_-]{22,64}$/;

/** Whether a cookie value is one this server could have minted (anything else is replaced, never stored). */
export function isLearnerId(value: string | undefined): value is string {
  return typeof value === "string" && LEARNER_ID.test(value);
}

export function newLearnerId(): string {
  return randomBytes(18).toString("base64url");
}

/** The learner id in a Cookie header, when it is one this server could have minted. */
export function learnerFromCookieHeader(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === LEARNER_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return isLearnerId(value) ? value : undefined;
    }
  }
  return undefined;
}
