// The SQLite store (lib/data/sql.ts): a second better-sqlite3 connection to Prisma's file, statements
// prepared once. Reads never wait (WAL). Writes are autocommit statements that finish synchronously;
// when Prisma holds an interactive transaction across awaits, a write here gets SQLITE_BUSY at once
// (no busy wait: blocking the event loop would stall the very transaction it waits for) and is
// retried after yielding.
import Database from "better-sqlite3";
import type { Query, Row, Store, Value } from "./sql";

type Statement = Database.Statement<unknown[], unknown>;
type Param = string | number | null;

export const BUSY_RETRY_MS = 2;
const BUSY_GIVE_UP_MS = 10_000;

/** Values as Prisma's SQLite adapter stores them: ISO-8601 text with +00:00, booleans as 0/1. */
export function sqliteValue(v: Value): Param {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

interface Prepared {
  stmt: Statement;
  /** Which $N each `?` stands for, when not simply 1, 2, 3…; null when in order. */
  order: number[] | null;
}

/** A unit of the group commit: one insert, or the rows of an insertAll that commit together. */
interface PendingUnit {
  rows: { prepared: Prepared; params: readonly Value[] }[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

export function openSqliteStore(file: string): Store {
  const conn = new Database(file, { timeout: 0 });
  // WAL: readers and the single writer don't block each other; synchronous=NORMAL keeps commits
  // durable against process crashes without an fsync per statement.
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = NORMAL");
  const cache = new Map<string, Prepared>();
  const begin = conn.prepare("BEGIN IMMEDIATE");
  const commit = conn.prepare("COMMIT");
  const rollback = conn.prepare("ROLLBACK");

  function prepare(q: Query): Prepared {
    let p = cache.get(q.name);
    if (!p) {
      const order: number[] = [];
      const text = q.text.replace(/\$(\d+)/g, (_, n: string) => {
        order.push(Number(n));
        return "?";
      });
      p = { stmt: conn.prepare(text), order: order.every((n, i) => n === i + 1) ? null : order };
      cache.set(q.name, p);
    }
    return p;
  }

  function bind(p: Prepared, params: readonly Value[]): Param[] {
    return p.order ? p.order.map((n) => sqliteValue(params[n - 1] ?? null)) : params.map(sqliteValue);
  }

  async function runWithRetry(p: Prepared, params: readonly Value[]): Promise<number> {
    const values = bind(p, params);
    const giveUpAt = Date.now() + BUSY_GIVE_UP_MS; // wall clock: a busy-wait deadline
    for (;;) {
      try {
        return p.stmt.run(...values).changes;
      } catch (e) {
        if (!isBusy(e) || Date.now() > giveUpAt) throw e; // wall clock: a busy-wait deadline
        await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
      }
    }
  }

  /** A unit on its own after its batch failed: one autocommit row, or a transaction of its rows. */
  async function runUnitWithRetry(unit: PendingUnit): Promise<void> {
    if (unit.rows.length === 1) {
      await runWithRetry(unit.rows[0].prepared, unit.rows[0].params);
      return;
    }
    const giveUpAt = Date.now() + BUSY_GIVE_UP_MS; // wall clock: a busy-wait deadline
    for (;;) {
      try {
        begin.run();
      } catch (e) {
        if (!isBusy(e) || Date.now() > giveUpAt) throw e; // wall clock: a busy-wait deadline
        await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
        continue;
      }
      try {
        for (const r of unit.rows) r.prepared.stmt.run(...bind(r.prepared, r.params));
        commit.run();
        return;
      } catch (e) {
        if (conn.inTransaction) rollback.run();
        throw e;
      }
    }
  }

  const pending: PendingUnit[] = [];
  let immediate: NodeJS.Immediate | undefined;
  let timer: NodeJS.Timeout | undefined;

  function schedule(): void {
    if (immediate) return;
    if (timer) clearTimeout(timer);
    timer = undefined;
    immediate = setImmediate(flush);
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    immediate = undefined;
    timer = undefined;
    const batch = pending.splice(0);
    if (batch.length === 0) return;
    try {
      begin.run();
    } catch (e) {
      if (isBusy(e)) {
        // Another connection is writing (a Prisma transaction across awaits): retry after yielding.
        pending.unshift(...batch);
        timer = setTimeout(flush, BUSY_RETRY_MS);
        return;
      }
      for (const p of batch) p.reject(e);
      return;
    }
    try {
      for (const u of batch) for (const r of u.rows) r.prepared.stmt.run(...bind(r.prepared, r.params));
      commit.run();
    } catch {
      if (conn.inTransaction) rollback.run();
      // One bad unit must not sink the others: replay them one by one to tell who failed.
      for (const u of batch) runUnitWithRetry(u).then(() => u.resolve(), u.reject);
      return;
    }
    for (const p of batch) p.resolve();
  }

  return {
    dialect: "sqlite",
    async get(q, params) {
      const p = prepare(q);
      return p.stmt.get(...bind(p, params)) as Row | undefined;
    },
    async all(q, params) {
      const p = prepare(q);
      return p.stmt.all(...bind(p, params)) as Row[];
    },
    async run(q, params) {
      return runWithRetry(prepare(q), params);
    },
    insert(q, params) {
      const prepared = prepare(q);
      return new Promise((resolve, reject) => {
        pending.push({ rows: [{ prepared, params }], resolve, reject });
        schedule();
      });
    },
    insertAll(rows) {
      if (rows.length === 0) return Promise.resolve();
      let prepared: PendingUnit["rows"];
      try {
        prepared = rows.map((r) => ({ prepared: prepare(r.q), params: r.params }));
      } catch (e) {
        return Promise.reject(e);
      }
      return new Promise((resolve, reject) => {
        pending.push({ rows: prepared, resolve, reject });
        schedule();
      });
    },
    async flush() {
      flush();
      // A batch deferred by a busy lock commits on its retry timer; wait for it.
      while (pending.length > 0 || timer) await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
    },
    async close() {
      await this.flush();
      conn.close();
    },
  };
}
