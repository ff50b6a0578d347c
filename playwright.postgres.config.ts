import { defineConfig } from "@playwright/test";
import path from "node:path";
import base from "./playwright.config";
import { databaseOn, testPostgresUrl } from "./lib/testing/sandbox-db";

// The PostgreSQL e2e run (`npm run test:e2e:postgres`, part of `npm test`): the deploy example
// (deploy/run.sh: HAProxy round-robin in front of two server.ts instances on one database) serves
// a sign-in journey and the CLI journeys, and multi-instance.spec.ts starts two more instances of
// its own. TEST_DATABASE_URL names the server (scripts/with-postgres.sh provides one).
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The instances' data directory is E2E_DATA_DIR, as in the SQLite run: journeys mint web-identity
// tokens with the signing key they find there.
const DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data");
const STATE = `${DATA_DIR}-pg`;
const admin = testPostgresUrl();
if (!admin) throw new Error("playwright.postgres.config.ts needs TEST_DATABASE_URL=postgresql://… (a server's admin URL)");
// Set once in the main process; workers inherit it (they load this file again).
const database = (process.env.E2E_PG_DATABASE ??= `iam_e2e_${PORT}`);

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ["sign-in.spec.ts", "cli-*.spec.ts", "multi-instance.spec.ts"],
  // One seeded template database per run: createSandbox() copies it in milliseconds (as under vitest).
  globalSetup: "./lib/testing/global-setup.ts",
  webServer: {
    // A fresh database and state directory each run, as the SQLite run starts from a fresh file.
    command: `psql "${admin}" -qc 'DROP DATABASE IF EXISTS "${database}" WITH (FORCE)' && rm -rf "${STATE}" "${DATA_DIR}" && exec deploy/run.sh run 2`,
    url: `http://localhost:${PORT}/signin`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT), DATABASE_URL: databaseOn(admin, database), DEPLOY_STATE: STATE, SANDBOX_DATA_DIR: DATA_DIR, DEPLOY_SKIP_BUILD: "1" },
    // deploy/run.sh stops its instances and proxy on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
