// Whether a learner owns a sandbox (SANDBOX_MODE=multi sign-in, training spec §6). The demo sandbox
// ("single") has no owner; an unknown learner owns nothing.
import { db } from "@/lib/db";
import { SINGLE_SANDBOX } from "./mode";
import { sandboxOfAccount } from "./scope";
import { serverNow } from "@/lib/server-now";

export async function learnerOwnsSandbox(learnerId: string | undefined, sandboxId: string): Promise<boolean> {
  if (!learnerId || sandboxId === SINGLE_SANDBOX) return false;
  const row = await db.sandbox.findUnique({ where: { id: sandboxId }, select: { learnerId: true } });
  return row?.learnerId === learnerId;
}

// lastUsedAt is a coarse "last seen" (the 14-day idle prune reads it): written at most once an hour.
const TOUCH_GRANULARITY_MS = 3600 * 1000;

/** Marks the sandbox of an account as used (a sign-in): at most one write an hour per sandbox. */
export async function touchAccountSandbox(accountId: string, now: Date = serverNow()): Promise<void> {
  const sandboxId = await sandboxOfAccount(accountId);
  if (!sandboxId || sandboxId === SINGLE_SANDBOX) return;
  await db.sandbox.updateMany({ where: { id: sandboxId, lastUsedAt: { lt: new Date(now.getTime() - TOUCH_GRANULARITY_MS) } }, data: { lastUsedAt: now } });
}
