// The Prisma client, on the embedded SQLite file by default (see database-url.ts). Cached on
// globalThis so Next's dev-mode module reloads don't open a new connection each time.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;
/** The client or an interactive-transaction client: domain functions accept either. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __iamDb?: PrismaClient };

export function createDb(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export const db: PrismaClient = globalForDb.__iamDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.__iamDb = db;
