// Test helper: a fresh, migrated and seeded sandbox store, created by the same script `npm start`
// runs. SQLite by default (a file in a new temporary data directory); PostgreSQL when
// TEST_DATABASE_URL names a server (its admin URL, e.g. postgresql://postgres@127.0.0.1:55432/postgres):
// a new database per sandbox. Under vitest both are copies of the template the run's global setup
// seeded (global-setup.ts); outside it (Playwright, scripts) they are migrated and seeded on the spot. Set before anything imports lib/db.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPostgresUrl } from "@/lib/database-url";

export interface SandboxStore {
  /** Secrets, keys and (on SQLite) the database file. */
  dataDir: string;
  databaseUrl: string;
}

export function testPostgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url && isPostgresUrl(url) ? url : undefined;
}

/** The URL of database `name` on the server `adminUrl` points at. */
export function databaseOn(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export function psql(adminUrl: string, sql: string): string {
  return execFileSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], {
    encoding: "utf8",
    env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning" },
  });
}

export function prepareStore(store: SandboxStore, ...args: string[]): void {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/prepare-data.ts", ...args], {
    env: { ...process.env, ...sandboxEnv(store) },
    stdio: "ignore",
  });
}

export function createSandbox(): SandboxStore {
  const dataDir = mkdtempSync(path.join(tmpdir(), "iam-sandbox-"));
  const admin = testPostgresUrl();
  if (!admin) {
    const store = { dataDir, databaseUrl: `file:${path.join(dataDir, "sandbox.db")}` };
    // Under vitest the global setup seeded one template data directory: a file copy takes
    // milliseconds where migrate + seed + bcrypt in a child process costs ~8 s of CPU per suite.
    const templateDir = process.env.SANDBOX_TEMPLATE_DIR;
    if (templateDir) cpSync(templateDir, dataDir, { recursive: true });
    else prepareStore(store);
    return store;
  }
  const name = `${process.env.SANDBOX_DB_PREFIX ?? "iam_"}${process.pid}_${randomBytes(4).toString("hex")}`;
  const store = { dataDir, databaseUrl: databaseOn(admin, name) };
  const template = process.env.SANDBOX_TEMPLATE_DB;
  const templateDir = process.env.SANDBOX_TEMPLATE_DIR;
  if (template && templateDir) {
    psql(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    // Secrets and keys live in the data directory even when the rows live on the server.
    cpSync(templateDir, dataDir, { recursive: true });
  } else {
    psql(admin, `CREATE DATABASE "${name}"`);
    prepareStore(store);
  }
  return store;
}

/** The environment a child process (server, script) needs to open this sandbox. */
export function sandboxEnv(store: SandboxStore): { SANDBOX_DATA_DIR: string; DATABASE_URL: string } {
  return { SANDBOX_DATA_DIR: store.dataDir, DATABASE_URL: store.databaseUrl };
}

/** Points this process at a new sandbox. */
export function pointAtFreshSandbox(): SandboxStore {
  const store = createSandbox();
  Object.assign(process.env, sandboxEnv(store));
  return store;
}
