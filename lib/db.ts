// The Prisma client on the store DATABASE_URL names (database-url.ts): the embedded SQLite file by
// default, or a PostgreSQL server shared by several instances. Cached on globalThis so Next's
// dev-mode module reloads don't open a new connection each time.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { databaseProvider, databaseUrl } from "./database-url";
import { AsyncLocalStorage } from "node:async_hooks";
import { bumpGeneration } from "./data/generation";
import { authzGeneration, noteWrite, setSharedPublisher } from "./db-writes";
import { withServerClock } from "./data/clock-defaults";

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
  return new PrismaClient({ adapter: new ImmediateTransactions({ url }) });
}

/**
 * The adapter opens transactions with a plain (deferred) BEGIN: a transaction that reads, then
 * writes fails at once with SQLITE_BUSY ("SocketTimeout", P1008) when another connection — the
 * wire's direct writes, another instance, `npm run sandbox:reset` — committed in between. BEGIN
 * IMMEDIATE takes the write lock first, waiting (busy timeout) for the other writer to finish.
 * If the lock is still held after that wait, the transaction opens deferred instead: the adapter
 * never releases its connection mutex when BEGIN itself throws, which would wedge every later
 * query of this process; deferred, the first write fails (SQLITE_BUSY → ServiceUnavailable) and
 * the transaction rolls back and lets go.
 */
class ImmediateTransactions extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    type Statement = { run(): unknown };
    const conn = (adapter as unknown as { client: { prepare(sql: string): Statement } }).client;
    const prepare = conn.prepare.bind(conn);
    conn.prepare = (sql: string) => {
      if (sql !== "BEGIN") return prepare(sql);
      return {
        run() {
          try {
            return prepare("BEGIN IMMEDIATE").run();
          } catch (e) {
            if (!/^SQLITE_BUSY/.test(String((e as { code?: unknown }).code))) throw e;
            return prepare("BEGIN").run();
          }
        },
      };
    };
    return adapter;
  }
}

// Set while a $transaction runs: its writes are published once it commits, not one by one (on
// PostgreSQL a bump awaited inside a transaction would hold its connection while taking another).
const inTransaction = new AsyncLocalStorage<true>();

export function createDb(url: string = databaseUrl()): PrismaClient {
  const base = baseClient(url);
  // Tells every instance (lib/data/generation.ts); a failed bump must not fail the write that
  // already committed: the caches' max age bounds what it costs.
  const publish = () => bumpGeneration(base).catch((e: unknown) => console.error("authz generation bump failed:", e));
  // Every write that can change authorization bumps the process's generation at once (db-writes.ts),
  // inside transactions too, and the shared one once committed. A query-only extension leaves the
  // client's shape unchanged, hence the cast.
  const extended = base.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(withServerClock(model, operation, args) as typeof args);
          if (noteWrite(model, operation, args) && !inTransaction.getStore()) await publish();
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
  return publishingAfterCommit(extended, publish);
}

/**
 * On PostgreSQL (READ COMMITTED) a transaction that raced a delete-and-recreate of the row it
 * references — `sandbox:reset` replacing the accounts while a CreateRole runs — fails its foreign
 * key check although the row is back once the other side commits; a write conflict (P2034) is the
 * same kind of lost race. An interactive transaction re-reads what it needs: run it once more.
 */
function lostRace(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && (e.code === "P2003" || e.code === "P2034");
}

/** `$transaction` that publishes, after COMMIT, when its writes (or any meanwhile) changed authorization. */
function publishingAfterCommit(client: PrismaClient, publish: () => Promise<void>): PrismaClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const run = async (args: unknown[]) => {
    try {
      return await inTransaction.run(true, () => transaction(...args));
    } catch (e) {
      if (typeof args[0] !== "function" || !lostRace(e)) throw e;
      return inTransaction.run(true, () => transaction(...args));
    }
  };
  const wrapped = async (...args: unknown[]) => {
    const before = authzGeneration();
    const result = await run(args);
    if (authzGeneration() !== before) await publish();
    return result;
  };
  return new Proxy(client, { get: (target, prop) => (prop === "$transaction" ? wrapped : Reflect.get(target, prop, target)) });
}

export const db: PrismaClient = globalForDb.__iamDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.__iamDb = db;
setSharedPublisher(() => bumpGeneration(db).catch((e: unknown) => console.error("authz generation bump failed:", e)));
