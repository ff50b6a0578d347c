// Prisma 6.19 with the WASM schema engine (engine: "js"): the classic engine downloads a binary,
// which this machine's closed network refuses. DATABASE_URL picks the store: the embedded SQLite
// file (default) or PostgreSQL, each with its own schema copy and migrations folder.
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, isPostgresUrl } from "./lib/database-url";
import { postgresMigrationFactory, sqliteMigrationFactory } from "./lib/data/prisma-cli-adapters";

const postgres = isPostgresUrl(databaseUrl());

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  async adapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
    return postgres ? postgresMigrationFactory(databaseUrl()) : sqliteMigrationFactory(new PrismaBetterSQLite3({ url: databaseUrl() }));
  },
});
