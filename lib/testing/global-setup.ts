// vitest global setup: migrate and seed one template — a SQLite data directory, or on a PostgreSQL
// test run (TEST_DATABASE_URL) a database; every suite's sandbox is a copy of it (a file copy, or
// CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migrate + seed per suite.
// PostgreSQL names carry this run's id, so several runs can share one server; teardown drops this
// run's databases.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseOn, prepareStore, psql, testPostgresUrl } from "./sandbox-db";

function dropDatabases(admin: string, prefix: string): void {
  const names = psql(admin, `SELECT datname FROM pg_database WHERE starts_with(datname, '${prefix}')`).split("\n").filter(Boolean);
  for (const name of names) psql(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export default function setup(): (() => void) | undefined {
  const admin = testPostgresUrl();
  if (!admin) {
    // SQLite: one seeded data directory that every suite's sandbox copies (sandbox-db.ts).
    const dataDir = mkdtempSync(path.join(tmpdir(), "iam-template-"));
    prepareStore({ dataDir, databaseUrl: `file:${path.join(dataDir, "sandbox.db")}` });
    process.env.SANDBOX_TEMPLATE_DIR = dataDir;
    return () => rmSync(dataDir, { recursive: true, force: true });
  }
  const run = `iam_${randomBytes(3).toString("hex")}_`;
  const template = `${run}template`;
  psql(admin, `CREATE DATABASE "${template}"`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "iam-template-"));
  prepareStore({ dataDir, databaseUrl: databaseOn(admin, template) });
  process.env.SANDBOX_TEMPLATE_DB = template;
  process.env.SANDBOX_TEMPLATE_DIR = dataDir;
  process.env.SANDBOX_DB_PREFIX = run;
  return () => dropDatabases(admin, run);
}
