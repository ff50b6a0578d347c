// CI drift check: each provider's committed migrations, replayed on a shadow database, must produce
// exactly its schema (prisma/schema.prisma for SQLite, the derived prisma/postgres/schema.prisma for
// PostgreSQL); otherwise `npm run db:migrate` would build a store the client does not match.
// SQLite always runs (a throwaway file); PostgreSQL runs when TEST_DATABASE_URL or DATABASE_URL
// names a server on which this user may create the shadow database, and is reported skipped otherwise.
// Exit 0: no drift; 1: drift or the check could not run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../lib/database-url";

interface Target {
  provider: string;
  migrations: string;
  schema: string;
  url: string;
}

/** 0 same, 2 drift (prisma migrate diff --exit-code), anything else: could not compare. */
export function diffStatus(t: Target): { status: number; output: string } {
  const r = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", t.migrations, "--to-schema-datamodel", t.schema, "--exit-code"],
    { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" },
  );
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

function postgresServer(): string | undefined {
  return [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u): u is string => !!u && isPostgresUrl(u));
}

function main(): void {
  const tmp = mkdtempSync(path.join(tmpdir(), "migrations-check-"));
  const targets: Target[] = [
    { provider: "SQLite", migrations: path.join("prisma", "migrations"), schema: path.join("prisma", "schema.prisma"), url: `file:${path.join(tmp, "check.db")}` },
  ];
  const pg = postgresServer();
  if (pg) {
    targets.push({ provider: "PostgreSQL", migrations: path.join("prisma", "postgres", "migrations"), schema: path.join("prisma", "postgres", "schema.prisma"), url: pg });
  } else {
    console.log("PostgreSQL migrations: skipped (set TEST_DATABASE_URL=postgresql://… to check them).");
  }
  let failed = false;
  try {
    for (const t of targets) {
      const { status, output } = diffStatus(t);
      if (status === 0) {
        console.log(`${t.provider} migrations: match ${t.schema}.`);
        continue;
      }
      failed = true;
      console.error(
        status === 2
          ? `${t.provider}: ${t.migrations} does not produce ${t.schema}. Add a migration: prisma migrate diff --from-migrations ${t.migrations} --to-schema-datamodel ${t.schema} --script`
          : `${t.provider}: could not compare ${t.migrations} with ${t.schema}:`,
      );
      console.error(output.trim());
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("scripts", "check-migrations.ts"))) main();
