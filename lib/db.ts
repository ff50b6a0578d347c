// The Prisma client, on the embedded SQLite file by default (see database-url.ts). Cached on
// globalThis so Next's dev-mode module reloads don't open a new connection each time.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./database-url";
import { noteWrite } from "./db-writes";

export type Db = PrismaClient;
/** The client or an interactive-transaction client: domain functions accept either. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __iamDb?: PrismaClient };

export function createDb(url: string = databaseUrl()): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // Every write that can change authorization bumps a generation (db-writes.ts), inside
  // transactions too. A query-only extension leaves the client's shape unchanged, hence the cast.
  return client.$extends({
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
