// prisma/schema.prisma (SQLite) is the one data model; PostgreSQL's schema is derived from it so the
// two can never drift: only the datasource provider, its placeholder URL and the client's output
// differ. `--check` (CI) fails when the committed copy is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

export function derivePostgresSchema(source: string): string {
  const replaced = source
    .replace('output     = "../generated/prisma"', 'output     = "../../generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/sandbox.db"', 'url      = "postgresql://placeholder@localhost/placeholder"');
  if (!replaced.includes("../../generated/postgres") || !replaced.includes('"postgresql"')) {
    throw new Error(`${SOURCE}: generator output or datasource no longer matches what this script rewrites`);
  }
  return `// GENERATED from ../schema.prisma by scripts/derive-postgres-schema.ts (npm run db:derive): do not edit.\n${replaced}`;
}

function main(): void {
  const derived = derivePostgresSchema(readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {
      // missing counts as stale
    }
    if (current !== derived) {
      console.error(`${POSTGRES_SCHEMA} is stale: run npm run db:derive (and add a PostgreSQL migration).`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(POSTGRES_SCHEMA, derived);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("scripts", "derive-postgres-schema.ts"))) main();
