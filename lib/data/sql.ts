// The wire's hot path below Prisma: one dialect-neutral store (get/all/run and a group-committed
// insert) with a SQLite and a PostgreSQL implementation, used only by the repositories in lib/data/.
// Through Prisma every statement passes the query interpreter (~0.25 ms on SQLite, ~0.6 ms of client
// CPU on PostgreSQL: ../shared/STACK.md); prepared once here it costs microseconds (bench/sts.bench.ts).
//
// Queries are written once in PostgreSQL's syntax ("Quoted" identifiers, $1 placeholders); the
// SQLite side rewrites the placeholders to `?` (better-sqlite3 has no ?NNN with positional values).
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { openPostgresStore } from "./sql-postgres";
import { openSqliteStore } from "./sql-sqlite";

export type Dialect = "sqlite" | "postgresql";

/** A parameter as the repositories pass it; each store encodes dates and booleans its own way. */
export type Value = string | number | boolean | Date | null;

export type Row = Record<string, unknown>;

/** A statement with a stable name: PostgreSQL prepares it once per connection under that name. */
export interface Query {
  readonly name: string;
  readonly text: string;
  /**
   * For an INSERT: the same insert for many rows in one statement, taking one array per column
   * (PostgreSQL's unnest), which the group commit uses for a batch of rows of one table.
   */
  readonly batch?: string;
}

export function query(name: string, text: string, batch?: string): Query {
  return { name, text, batch };
}

/** One row of an insertAll unit. */
export interface InsertRow {
  q: Query;
  params: readonly Value[];
}

export interface Store {
  readonly dialect: Dialect;
  get(q: Query, params: readonly Value[]): Promise<Row | undefined>;
  all(q: Query, params: readonly Value[]): Promise<Row[]>;
  /** One autocommit statement; resolves to the number of rows it changed. */
  run(q: Query, params: readonly Value[]): Promise<number>;
  /**
   * An INSERT joined to the group commit: rows queued in one event-loop turn commit together (SQLite:
   * one transaction; PostgreSQL: one multi-row statement per table, `q.batch`), and each promise
   * resolves only after that commit (callers await it before answering, so kill -9 loses no answered
   * row). A failing row is rejected alone; the others still commit.
   */
  insert(q: Query, params: readonly Value[]): Promise<void>;
  /**
   * Several INSERTs (of any tables) joined to the group commit as one unit: they commit together or
   * not at all (the records of one call), and a failing unit is rejected alone, like a bad row.
   */
  insertAll(rows: readonly InsertRow[]): Promise<void>;
  /** Commits whatever is queued now (shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

// One store per database and process, shared by the Next bundle and code loaded outside it
// (server.ts loads lib/ twice); tests point DATABASE_URL at a fresh sandbox before the first use.
const globalForStores = globalThis as unknown as { __iamStores?: Map<string, Store> };

let current: { url: string; store: Store } | undefined;

export function openStore(url: string): Store {
  const all = (globalForStores.__iamStores ??= new Map());
  let s = all.get(url);
  if (!s) {
    s = databaseProvider(url) === "postgresql" ? openPostgresStore(url) : openSqliteStore(sqliteFilePath(url));
    all.set(url, s);
  }
  return s;
}

/** The store DATABASE_URL names (resolved once: the URL never changes under a running process). */
export function store(): Store {
  if (current) return current.store;
  const url = databaseUrl();
  current = { url, store: openStore(url) };
  return current.store;
}

/** Commits every queued insert of every open store (server shutdown). */
export async function flushPendingWrites(): Promise<void> {
  await Promise.all([...(globalForStores.__iamStores?.values() ?? [])].map((s) => s.flush()));
}
