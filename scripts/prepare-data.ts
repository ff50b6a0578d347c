// Runs before the server starts: creates data/ (private: 0700, files 0600, modes of an existing
// directory fixed too), applies committed migrations, adopts (or creates) the next-auth secret and
// OIDC key every instance on the database shares (lib/data/shared-secrets.ts), and seeds the demo
// sandbox on first start.
// `--reset` restores the sandbox to its seeded state (safe while servers run: rows, not the file, in
// one transaction; the servers' caches see it through the shared generation, lib/data/generation.ts).
import { execFileSync } from "node:child_process";
import { databaseUrl } from "../lib/database-url";
import { ensurePrivateDir, securePrivateData } from "../lib/data-dir";
import { createDb } from "../lib/db";
import { pendingMigrations } from "../lib/data/migration-state";
import { shareSecrets } from "../lib/data/shared-secrets";
import { SINGLE_SANDBOX } from "../lib/sandbox/mode";
import { resetSandbox, seedCatalog, seedSandbox } from "../lib/sandbox/seed";

// Belt and braces: whatever this process or the migrate child creates is the owner's only.
process.umask(0o077);

async function main() {
  const reset = process.argv.includes("--reset");
  ensurePrivateDir();
  await migrateIfPending();

  const db = createDb();
  try {
    // The auth secret and OIDC key: the database's, so every instance on it signs alike.
    await shareSecrets(db);
    if ((await db.managedPolicy.count({ where: { awsManaged: true } })) === 0) {
      const n = await seedCatalog(db);
      console.log(`Loaded ${n} AWS managed policies.`);
    }
    const seeded = (await db.account.count({ where: { sandboxId: SINGLE_SANDBOX } })) > 0;
    if (reset && seeded) {
      await resetSandbox(db);
      console.log("Sandbox restored to its demo state.");
    } else if (!seeded) {
      await seedSandbox(db);
      console.log("Sandbox seeded.");
    }
  } finally {
    await db.$disconnect();
  }
  securePrivateData();
}

/**
 * `prisma migrate deploy` only when a migration is pending: on SQLite it takes an exclusive lock
 * that never comes while a server has the file open (lib/data/migration-state.ts).
 */
async function migrateIfPending(): Promise<void> {
  const probe = createDb();
  let pending: string[];
  try {
    pending = await pendingMigrations(probe);
  } finally {
    await probe.$disconnect();
  }
  if (pending.length === 0) return;
  try {
    execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl() },
    });
  } catch (e) {
    console.error(`Could not apply ${pending.join(", ")}. On SQLite, stop every server using the database first.`);
    throw e;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
