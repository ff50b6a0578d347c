// Which sandbox an account belongs to (training spec §6 "Scoping"): every IAM/STS lookup that can
// cross accounts (AssumeRole's role, a trust policy's user or role principal, GetAccessKeyInfo's key,
// console sign-in) stays inside the caller's sandbox; another sandbox's entities read as nonexistent.
// An account id never changes sandbox (sandbox N's accounts are ${N}…, the demo's are "single"), so
// a found answer is cached for the process; a missing account is asked again.
import { db, type Tx } from "@/lib/db";

const known = new Map<string, string>();
const MAX_CACHED = 50_000;

export async function sandboxOfAccount(accountId: string, tx: Tx = db): Promise<string | null> {
  const cached = known.get(accountId);
  if (cached) return cached;
  const row = await tx.account.findUnique({ where: { id: accountId }, select: { sandboxId: true } });
  if (!row) return null;
  if (known.size >= MAX_CACHED) known.clear();
  known.set(accountId, row.sandboxId);
  return row.sandboxId;
}

/** Whether two accounts are in one sandbox (an unknown account is in none). */
export async function sameSandbox(a: string, b: string, tx: Tx = db): Promise<boolean> {
  if (a === b) return true;
  const [x, y] = await Promise.all([sandboxOfAccount(a, tx), sandboxOfAccount(b, tx)]);
  return x !== null && x === y;
}
