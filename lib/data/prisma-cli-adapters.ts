// Driver adapters for the Prisma CLI (migrate deploy/dev/diff) only, with the fixes the WASM schema
// engine needs on this stack (../shared/STACK.md, verified): the runtime client never loads this.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// `migrate dev` replays each migration.sql on the shadow database through executeRaw, which
// better-sqlite3 rejects for multi-statement SQL; run argument-less queries as scripts instead.
export function sqliteMigrationFactory(factory: PrismaBetterSQLite3): SqlMigrationAwareDriverAdapterFactory {
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

let patched = false;

/** Catalog queries return `name` (oid 19) and `"char"` (oid 18) columns adapter-pg cannot map: read them as text. */
function readCatalogTypesAsText(): void {
  if (patched) return;
  patched = true;
  const proto = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } } }).Result.prototype;
  const addFields = proto.addFields;
  proto.addFields = function (fields) {
    for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  // The WASM engine and idle sockets keep the CLI alive 10–60 s after it finished.
  const setTimeoutOriginal = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = setTimeoutOriginal(fn, ms, ...args);
    if ((ms ?? 0) >= 5000) t.unref();
    return t;
  }) as typeof setTimeout;
}

/** adapter-pg's executeScript splits on `;`; run the script whole, in one implicit transaction. */
async function withWholeScripts(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
  const driver = (adapter as unknown as { underlyingDriver(): pg.Pool | pg.Client }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (e) {
      const err = e as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: "postgres",
        code: err.code ?? "N/A",
        severity: err.severity ?? "N/A",
        message: err.message,
        detail: err.detail,
        column: err.column,
        hint: err.hint,
      });
    }
  };
  return adapter;
}

/** The stock shadow database is the main one (connectionString beats database): make a real one. */
async function shadowDatabase(url: string): Promise<SqlDriverAdapter> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const adapter = await withWholeScripts(await new PrismaPg({ connectionString: shadowUrl.toString(), allowExitOnIdle: true }).connect());
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  };
  return adapter;
}

export function postgresMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  readCatalogTypesAsText();
  const factory = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  return {
    provider: "postgres" as const,
    adapterName: factory.adapterName,
    connect: async () => withWholeScripts(await factory.connect()),
    connectToShadowDb: () => shadowDatabase(url),
  };
}
