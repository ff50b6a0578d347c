// Plain better-sqlite3 statements for the wire endpoint's per-request reads and appends (credential
// lookups, role reads, session and activity inserts). Through Prisma each statement is re-prepared
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

const BUSY_RETRY_MS = 2;
const BUSY_GIVE_UP_MS = 10_000;

// One connection per database file and process, shared by the Next bundle and code loaded outside
// it (tests point SANDBOX_DATA_DIR at a fresh file per suite).
const globalForDirect = globalThis as unknown as { __iamDirect?: Map<string, Direct> };

let lastEnv = "";
let lastFile = "";

/** The database file, re-resolved only when the environment that names it changes (tests). */
function currentFile(): string {
  const env = `${process.env.DATABASE_URL ?? ""}|${process.env.SANDBOX_DATA_DIR ?? ""}`;
  if (env !== lastEnv) {
    lastEnv = env;
    lastFile = sqliteFilePath();
  }
  return lastFile;
}

function direct(): Direct {
  const file = currentFile();
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
  return d;
}

function statement(sql: string): Statement {
  const d = direct();
  let s = d.statements.get(sql);
  if (!s) {
    s = d.conn.prepare(sql);
    d.statements.set(sql, s);
  }
  return s;
}

/** Values as SQLite stores what Prisma wrote: booleans as 0/1, dates by the caller (sqlDate). */
type Param = string | number | bigint | null | Buffer;

export function directGet<T>(sql: string, ...params: Param[]): T | undefined {
  return statement(sql).get(...params) as T | undefined;
}

export function directAll<T>(sql: string, ...params: Param[]): T[] {
  return statement(sql).all(...params) as T[];
}

function isBusy(e: unknown): boolean {
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

interface PendingInsert {
  sql: string;
  params: Param[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

const pending: PendingInsert[] = [];
let flushScheduled = false;

/**
 * Group commit: inserts queued in the same turn of the event loop commit together in one
 * transaction, and each promise resolves once its row is committed. A commit costs ~90 µs here
 * whatever it holds, and concurrent requests each append a row or two (sessions, activity).
 */
function flush(): void {
  flushScheduled = false;
  const batch = pending.splice(0);
  if (batch.length === 0) return;
  const conn = direct().conn;
  try {
    statement("BEGIN IMMEDIATE").run();
  } catch (e) {
    if (isBusy(e)) {
      pending.unshift(...batch);
      flushScheduled = true;
      setTimeout(flush, BUSY_RETRY_MS);
      return;
    }
    for (const p of batch) p.reject(e);
    return;
  }
  try {
    for (const p of batch) statement(p.sql).run(...p.params);
    statement("COMMIT").run();
  } catch {
    if (conn.inTransaction) statement("ROLLBACK").run();
    // One bad row must not sink the others: replay them one by one to tell who failed.
    for (const p of batch) directRun(p.sql, ...p.params).then(() => p.resolve(), p.reject);
    return;
  }
  for (const p of batch) p.resolve();
}

/** `INSERT INTO table (…) VALUES (…)` from a row object, committed with the turn's other inserts. */
export function directInsert(table: string, row: Record<string, Param>): Promise<void> {
  const columns = Object.keys(row);
  const sql = `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
  return new Promise((resolve, reject) => {
    pending.push({ sql, params: Object.values(row), resolve, reject });
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  });
}
