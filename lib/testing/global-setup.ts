// vitest global setup: on a PostgreSQL test run (TEST_DATABASE_URL), migrate and seed one template
// database; every suite's sandbox is a copy of it (CREATE DATABASE … TEMPLATE), which takes
// milliseconds instead of a migrate + seed per suite. Teardown drops the copies.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseOn, prepareStore, psql, testPostgresUrl } from "./sandbox-db";

const TEMPLATE = "iam_template";

function dropCopies(admin: string): void {
  const names = psql(admin, "SELECT datname FROM pg_database WHERE datname LIKE 'iam\\_t\\_%'").split("\n").filter(Boolean);
  for (const name of names) psql(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export default function setup(): (() => void) | undefined {
  const admin = testPostgresUrl();
  if (!admin) return undefined;
  dropCopies(admin);
  psql(admin, `DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
  psql(admin, `CREATE DATABASE "${TEMPLATE}"`);
  const dataDir = mkdtempSync(path.join(tmpdir(), "iam-template-"));
  prepareStore({ dataDir, databaseUrl: databaseOn(admin, TEMPLATE) });
  process.env.SANDBOX_TEMPLATE_DB = TEMPLATE;
  process.env.SANDBOX_TEMPLATE_DIR = dataDir;
  return () => dropCopies(admin);
}
