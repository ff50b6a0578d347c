// Plain better-sqlite3 statements for the wire endpoint's per-request reads and writes (credential
// lookups, role reads; inserts go through db-group-commit.ts). Through Prisma each statement is re-prepared
// and passes the query interpreter: ~0.25 ms apiece, most of AssumeRole's budget. Here a statement
// is prepared once and runs in microseconds (bench/sts.bench.ts).
//
// This is a second connection to the same SQLite file. Reads never wait (WAL). Writes are single
// autocommit statements that finish synchronously; when Prisma holds an interactive transaction
// across awaits, a write here gets SQLITE_BUSY at once (no busy wait: blocking the event loop would
// stall the very transaction it waits for), and is retried after yielding. Writes here must not
// touch authorization data (lib/db-writes.ts) — or must call noteRawAuthzWrite().
import Database from "better-sqlite3";
import { sqliteFilePath } from "./database-url";

type Statement = Database.Statement<unknown[], unknown>;

interface Direct {
  conn: Database.Database;
  statements: Map<string, Statement>;
}

export const BUSY_RETRY_MS = 2;
const BUSY_GIVE_UP_MS = 10_000;

// One connection per database file and process, shared by the Next bundle and code loaded outside
// it (tests point SANDBOX_DATA_DIR at a fresh file per suite).
const globalForDirect = globalThis as unknown as { __iamDirect?: Map<string, Direct> };

let current: Direct | undefined;

export function direct(): Direct {
  // Resolved once per module instance: the file never changes under a running process (tests set
  // SANDBOX_DATA_DIR before the first import), and reading process.env costs on every call.
  if (current) return current;
  const file = sqliteFilePath();
  const all = (globalForDirect.__iamDirect ??= new Map());
  let d = all.get(file);
  if (!d) {
    const conn = new Database(file, { timeout: 0 });
    // WAL: readers and the single writer don't block each other; synchronous=NORMAL keeps commits
    // durable against process crashes without an fsync per statement.
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = NORMAL");
    d = { conn, statements: new Map() };
    all.set(file, d);
  }
  current = d;
  return d;
}

export function statement(sql: string): Statement {
  const d = direct();
  let s = d.statements.get(sql);
  if (!s) {
    s = d.conn.prepare(sql);
    d.statements.set(sql, s);
  }
  return s;
}

/** Values as SQLite stores what Prisma wrote: booleans as 0/1, dates by the caller (sqlDate). */
export type Param = string | number | bigint | null | Buffer;

export function directGet<T>(sql: string, ...params: Param[]): T | undefined {
  return statement(sql).get(...params) as T | undefined;
}

export function directAll<T>(sql: string, ...params: Param[]): T[] {
  return statement(sql).all(...params) as T[];
}

export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

/** One autocommit write; waits (without blocking the event loop) while another writer holds the lock. */
export async function directRun(sql: string, ...params: Param[]): Promise<number> {
  const stmt = statement(sql);
  const giveUpAt = Date.now() + BUSY_GIVE_UP_MS;
  for (;;) {
    try {
      return stmt.run(...params).changes;
    } catch (e) {
      if (!isBusy(e) || Date.now() > giveUpAt) throw e;
      await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
    }
  }
}
