// Quota checks count rows and then insert, inside one transaction. SQLite runs one writing
// transaction at a time, so the count holds; PostgreSQL (READ COMMITTED) lets two transactions count
// the same rows and both insert (measured: three 3.5 KB inline policies stored against a 10 KB quota).
// A transaction-scoped advisory lock on the quota's owner makes them take turns; it is released at
// COMMIT/ROLLBACK and costs one round trip. Call it first in the transaction.
import type { Tx } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";

/** `owner` names what the quota counts for, e.g. `role:AROA…` or `account:111111111111:roles`. */
export async function lockQuota(tx: Tx, owner: string): Promise<void> {
  if (databaseProvider() !== "postgresql") return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${owner}))`;
}
