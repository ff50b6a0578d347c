// Prisma 6.19 with the WASM schema engine (engine: "js"): the classic engine downloads a binary,
// which this machine's closed network refuses.
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/database-url";

// `migrate dev` replays each migration.sql on the shadow database through executeRaw, which
// better-sqlite3 rejects for multi-statement SQL; run argument-less queries as scripts instead.
function withScriptShadow(factory: PrismaBetterSQLite3): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (q) => {
        if (q.args.length === 0) {
          await shadow.executeScript(q.sql);
          return 0;
        }
        return executeRaw(q);
      };
      return shadow;
    },
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return withScriptShadow(new PrismaBetterSQLite3({ url: databaseUrl() }));
  },
});
