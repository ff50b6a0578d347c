// Test helper: a fresh, migrated and seeded sandbox database in a temporary directory, created by
// the same script `npm start` runs. Set before anything imports lib/db.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function createSandboxDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "iam-sandbox-"));
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/prepare-data.ts"], {
    env: { ...process.env, SANDBOX_DATA_DIR: dir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  return dir;
}
