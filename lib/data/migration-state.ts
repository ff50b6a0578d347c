// Which committed migrations the database lacks. `prisma migrate deploy` on SQLite sets
// `PRAGMA locking_mode=EXCLUSIVE`, which waits forever while any other process (a running server)
// has the file open — the "unknown variant `SocketTimeout`" failure of `npm run sandbox:reset` — so
// the prepare step runs it only when there is something to apply. Reading the history table is
// safe beside a running server on both stores.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { databaseProvider, databaseUrl } from "@/lib/database-url";

export function migrationsDir(url: string = databaseUrl()): string {
  return databaseProvider(url) === "postgresql" ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations");
}

/** Migration folders not applied yet; all of them when the database has no history (a new one). */
export async function pendingMigrations(db: PrismaClient, dir: string = migrationsDir()): Promise<string[]> {
  const committed = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return committed;
  }
  return committed.filter((name) => !applied.has(name));
}
