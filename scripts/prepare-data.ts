// Runs before the server starts: creates data/ (private: 0700, files 0600, modes of an existing
// directory fixed too), applies committed migrations, generates the next-auth secret if none is
// configured, and seeds the demo sandbox on first start.
// `--reset` restores the sandbox to its seeded state (safe while the server runs: rows, not the file).
import { execFileSync } from "node:child_process";
import { databaseUrl } from "../lib/database-url";
import { ensurePrivateDir, securePrivateData } from "../lib/data-dir";
import { ensureAuthSecret } from "../lib/auth/secret";
import { createDb } from "../lib/db";
import { clearSandbox, seedCatalog, seedSandbox } from "../lib/sandbox/seed";

// Belt and braces: whatever this process or the migrate child creates is the owner's only.
process.umask(0o077);

async function main() {
  const reset = process.argv.includes("--reset");
  ensurePrivateDir();
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl() },
  });
  ensureAuthSecret();

  const db = createDb();
  try {
    if ((await db.managedPolicy.count({ where: { awsManaged: true } })) === 0) {
      const n = await seedCatalog(db);
      console.log(`Loaded ${n} AWS managed policies.`);
    }
    const seeded = (await db.account.count()) > 0;
    if (reset && seeded) await clearSandbox(db);
    if (reset || !seeded) {
      await seedSandbox(db);
      console.log(reset ? "Sandbox restored to its demo state." : "Sandbox seeded.");
    }
  } finally {
    await db.$disconnect();
  }
  securePrivateData();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
