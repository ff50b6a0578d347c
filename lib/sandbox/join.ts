// "Join a sandbox" (training spec §6, classroom scripts): a browser redeems a join code and becomes the
// sandbox's owner. A wrong, expired or used code gets one answer, and failures are throttled per client
// address with the sign-in's database-backed throttle (lib/auth/throttle.ts), so every instance counts
// them together and 80-bit codes cannot be tried at any useful rate.
import type { PrismaClient } from "@/generated/prisma/client";
import { Throttle, type ThrottleRule } from "@/lib/auth/throttle";
import { serverNowMs } from "@/lib/server-now";
import { redeemJoinCode } from "./join-code";
import type { SandboxCredentials } from "./provision";

/** Wrong codes from one address (a classroom behind one NAT shares it: 20 typos in 15 minutes). */
export const JOIN_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000 };

export type JoinError = "INVALID" | "THROTTLED";
export type JoinOutcome = { ok: true; sandbox: SandboxCredentials } | { ok: false; error: JoinError };

export const JOIN_MESSAGES: Record<JoinError, string> = {
  INVALID: "This join code is not valid: it is mistyped, expired or already used. Ask your instructor for a new one.",
  THROTTLED: "Too many attempts with wrong join codes. Wait a few minutes, then try again.",
};

// One throttle per store (tests open their own): its sweep bookkeeping lives in the instance.
const throttles = new WeakMap<PrismaClient, Throttle>();
function throttleOf(db: PrismaClient): Throttle {
  let t = throttles.get(db);
  if (!t) throttles.set(db, (t = new Throttle("join-code", JOIN_RULE, () => db)));
  return t;
}

/** `clientAddress`: the real one (lib/net/stamped-address.ts); undefined shares one budget, as sign-in does. */
export async function joinSandbox(db: PrismaClient, code: unknown, learnerId: string, clientAddress: string | undefined, now = serverNowMs()): Promise<JoinOutcome> {
  const throttle = throttleOf(db);
  const key = clientAddress ?? "unknown";
  if (await throttle.isBlocked(key, now)) return { ok: false, error: "THROTTLED" };
  const sandbox = await redeemJoinCode(db, code, learnerId, new Date(now));
  if (!sandbox) {
    await throttle.recordFailure(key, now);
    return { ok: false, error: "INVALID" };
  }
  return { ok: true, sandbox };
}
