// The Prisma client on the store DATABASE_URL names (database-url.ts): the embedded SQLite file by
// default, or a PostgreSQL server shared by several instances. Cached on globalThis so Next's
// dev-mode module reloads don't open a new connection each time.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { noteWrite } from "./db-writes";

export type Db = PrismaClient;
/** The client or an interactive-transaction client: domain functions accept either. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __iamDb?: PrismaClient };

/** Connections per instance: several instances share one server's max_connections (100 by default). */
export const POSTGRES_POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
/**
 * How long a call waits for a connection (a new one to a server that does not answer, or a free one
 * from a busy pool) before it fails as ServiceUnavailable (lib/store-unavailable.ts); pg waits forever by default.
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000);

function baseClient(url: string): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    // The two generated clients differ only in their provider; their model types are the same, so
    // the domain code is typed once, on the SQLite client (../shared/STACK.md).
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: POSTGRES_POOL_SIZE, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export function createDb(url: string = databaseUrl()): PrismaClient {
  // Every write that can change authorization bumps a generation (db-writes.ts), inside
  // transactions too. A query-only extension leaves the client's shape unchanged, hence the cast.
  return baseClient(url).$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          noteWrite(model, operation, args);
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
}

export const db: PrismaClient = globalForDb.__iamDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.__iamDb = db;
