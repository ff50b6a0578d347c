// Whether a learner owns a sandbox (SANDBOX_MODE=multi sign-in, training spec §6), and the sandbox's
// "last used" time. The demo sandbox ("single") has no owner: in multi mode only the instructor signs in
// to it (lib/auth/sign-in.ts); an unknown learner owns nothing.
import { db } from "@/lib/db";
import { isMultiSandbox, SINGLE_SANDBOX } from "./mode";
import { sandboxOfAccount } from "./scope";
import { serverNow, serverNowMs } from "@/lib/server-now";

export async function learnerOwnsSandbox(learnerId: string | undefined, sandboxId: string): Promise<boolean> {
  if (!learnerId || sandboxId === SINGLE_SANDBOX) return false;
  const row = await db.sandbox.findUnique({ where: { id: sandboxId }, select: { learnerId: true } });
  return row?.learnerId === learnerId;
}

// lastUsedAt is a coarse "last seen" (the 14-day idle prune and the instructor view read it): written at
// most once a minute per sandbox, by a conditional update, so instances and accounts racing write once.
export const TOUCH_GRANULARITY_MS = 60_000;

/** Marks the sandbox of an account as used: one conditional write, a no-op within a minute of the last. */
export async function touchAccountSandbox(accountId: string, now: Date = serverNow()): Promise<void> {
  const sandboxId = await sandboxOfAccount(accountId);
  if (!sandboxId || sandboxId === SINGLE_SANDBOX) return;
  await db.sandbox.updateMany({ where: { id: sandboxId, lastUsedAt: { lt: new Date(now.getTime() - TOUCH_GRANULARITY_MS) } }, data: { lastUsedAt: now } });
}

// Per account, when this process last asked for a touch: the hot path's whole cost is one Map read
// (a sandbox used from the CLI or the console at 1,000 calls/s still writes once a minute).
const noted = new Map<string, number>();
const MAX_NOTED = 50_000;

/**
 * A call by a principal of this account (the wire's activity hook, every console route): in multi mode,
 * touch its sandbox at most once a minute, off the request's path (never awaited; a failure is logged).
 */
export function noteSandboxUse(accountId: string, now: number = serverNowMs()): void {
  if (!isMultiSandbox()) return;
  const last = noted.get(accountId);
  if (last !== undefined && now - last < TOUCH_GRANULARITY_MS) return;
  if (noted.size >= MAX_NOTED) noted.clear();
  noted.set(accountId, now);
  touchAccountSandbox(accountId, new Date(now)).catch((e: unknown) => console.error("sandbox lastUsedAt update failed:", e instanceof Error ? e.message : e));
}
