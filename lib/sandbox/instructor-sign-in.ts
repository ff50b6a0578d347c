// The instructor's sign-in (/sandboxes/instructor): the token checked in constant time, wrong tokens
// throttled per client address with the sign-in's database-backed throttle (lib/auth/throttle.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import { Throttle, type ThrottleRule } from "@/lib/auth/throttle";
import { serverNowMs } from "@/lib/server-now";
import { instructorTokenSource, tokenMatches } from "./instructor";

export const INSTRUCTOR_RULE: ThrottleRule = { maxFailures: 10, windowMs: 15 * 60_000 };

export type InstructorSignIn = { ok: true; token: string } | { ok: false; error: "INVALID" | "THROTTLED" | "OFF" };

export const INSTRUCTOR_MESSAGES = {
  INVALID: "The instructor token is incorrect.",
  THROTTLED: "Too many wrong instructor tokens. Wait a few minutes, then try again.",
  OFF: "This server has no instructor token: see the README (SANDBOX_INSTRUCTOR_TOKEN).",
} as const;

const throttles = new WeakMap<PrismaClient, Throttle>();
function throttleOf(db: PrismaClient): Throttle {
  let t = throttles.get(db);
  if (!t) throttles.set(db, (t = new Throttle("instructor", INSTRUCTOR_RULE, () => db)));
  return t;
}

/** `token`: the server's (instructorTokenSource()); the caller sets the session cookie on success. */
export async function instructorSignIn(
  db: PrismaClient,
  given: unknown,
  clientAddress: string | undefined,
  token: string | null = instructorTokenSource().token,
  now = serverNowMs(),
): Promise<InstructorSignIn> {
  if (!token) return { ok: false, error: "OFF" };
  const throttle = throttleOf(db);
  const key = clientAddress ?? "unknown";
  if (await throttle.isBlocked(key, now)) return { ok: false, error: "THROTTLED" };
  if (!tokenMatches(given, token)) {
    await throttle.recordFailure(key, now);
    return { ok: false, error: "INVALID" };
  }
  await throttle.reset(key);
  return { ok: true, token };
}
