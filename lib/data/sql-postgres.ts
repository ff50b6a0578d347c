// The PostgreSQL store (lib/data/sql.ts): a `pg` pool of its own beside Prisma's, running NAMED
// prepared statements (parsed once per connection). Timestamps are `timestamp(3)` without time zone
// holding UTC, Prisma's convention: this pool parses them as UTC and is sent dates as UTC ISO text
// (a zone in the text is ignored by a `timestamp` column), whatever the process's TZ. The type parser
// is the pool's own: pg's global defaults are shared with Prisma's adapter-pg and stay untouched.
import pg from "pg";
import { POSTGRES_CONNECT_TIMEOUT_MS, POSTGRES_POOL_SIZE } from "@/lib/db";
import type { InsertRow, Query, Row, Store, Value } from "./sql";

const TIMESTAMP_OID = 1114;

/** `2026-12-06 15:04:05.123` (no zone) as the UTC instant it holds. */
export function parseUtcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID && format !== "binary") return parseUtcTimestamp;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

export function postgresValue(v: Value): string | number | boolean | null {
  return v instanceof Date ? v.toISOString() : v;
}

interface PendingRow {
  q: Query;
  values: (string | number | boolean | null)[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** An insertAll: rows that commit together or not at all. */
interface PendingUnit {
  rows: { q: Query; values: (string | number | boolean | null)[] }[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** Rows grouped by statement, in the order each statement first appears (a parent table before its children). */
function byStatement<T extends { q: Query }>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const g = groups.get(r.q.name);
    if (g) g.push(r);
    else groups.set(r.q.name, [r]);
  }
  return [...groups.values()];
}

export function openPostgresStore(url: string): Store {
  // Sized and timed out like Prisma's pool (lib/db.ts): a silent server answers ServiceUnavailable.
  const pool = new pg.Pool({
    connectionString: url,
    max: POSTGRES_POOL_SIZE,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    types,
    allowExitOnIdle: true,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", (e) => console.error("database connection lost:", e.message));

  const exec = (q: Query, values: unknown[], client: pg.Pool | pg.PoolClient = pool) =>
    client.query({ name: q.name, text: q.text, values });

  const pending: PendingRow[] = [];
  const pendingUnits: PendingUnit[] = [];
  const inFlight = new Set<Promise<void>>();
  let immediate: NodeJS.Immediate | undefined;

  /** One statement for the whole batch when there are several rows and a multi-row form. */
  async function insertRows(q: Query, rows: PendingRow[]): Promise<void> {
    if (rows.length > 1 && q.batch) {
      const columns = rows[0].values.map((_, c) => rows.map((r) => r.values[c]));
      try {
        await exec({ name: `${q.name}_batch`, text: q.batch }, columns);
        for (const r of rows) r.resolve();
        return;
      } catch {
        // One bad row must not sink the others: replay them one by one to tell who failed.
      }
    }
    await Promise.all(rows.map((r) => exec(q, r.values).then(() => r.resolve(), r.reject)));
  }

  /**
   * Commits a batch: per table one autocommit statement, the tables in parallel. Rows of different
   * tables need no common transaction (each caller waits for its own rows only), and two statements
   * on the pool cost fewer round trips and syscalls than BEGIN, the rows and COMMIT on one connection.
   */
  async function commitBatch(batch: PendingRow[]): Promise<void> {
    await Promise.all(byStatement(batch).map((rows) => insertRows(rows[0].q, rows)));
  }

  /** Rows in one transaction on one connection, per statement one multi-row INSERT where it has one. */
  async function inTransaction(rows: PendingUnit["rows"]): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      try {
        for (const group of byStatement(rows)) {
          const q = group[0].q;
          if (group.length > 1 && q.batch) {
            await exec({ name: `${q.name}_batch`, text: q.batch }, group[0].values.map((_, c) => group.map((r) => r.values[c])), client);
          } else {
            for (const r of group) await exec(q, r.values, client);
          }
        }
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    } finally {
      client.release();
    }
  }

  /** The insertAll units of a batch: one transaction for all; when it fails, one per unit to tell who failed. */
  async function commitUnits(units: PendingUnit[]): Promise<void> {
    if (units.length === 0) return;
    try {
      await inTransaction(units.flatMap((u) => u.rows));
      for (const u of units) u.resolve();
      return;
    } catch (e) {
      if (units.length === 1) {
        units[0].reject(e);
        return;
      }
    }
    await Promise.all(units.map((u) => inTransaction(u.rows).then(() => u.resolve(), u.reject)));
  }

  function flush(): Promise<void> {
    immediate = undefined;
    const batch = pending.splice(0);
    const units = pendingUnits.splice(0);
    if (batch.length === 0 && units.length === 0) return Promise.resolve();
    const done = Promise.all([batch.length > 0 ? commitBatch(batch) : undefined, commitUnits(units)]).then(() => undefined);
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
    return done;
  }

  return {
    dialect: "postgresql",
    async get(q, params) {
      const r = await exec(q, params.map(postgresValue));
      return r.rows[0] as Row | undefined;
    },
    async all(q, params) {
      return (await exec(q, params.map(postgresValue))).rows as Row[];
    },
    async run(q, params) {
      return (await exec(q, params.map(postgresValue))).rowCount ?? 0;
    },
    insert(q, params) {
      return new Promise((resolve, reject) => {
        pending.push({ q, values: params.map(postgresValue), resolve, reject });
        immediate ??= setImmediate(flush);
      });
    },
    insertAll(rows: readonly InsertRow[]) {
      if (rows.length === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        pendingUnits.push({ rows: rows.map((r) => ({ q: r.q, values: r.params.map(postgresValue) })), resolve, reject });
        immediate ??= setImmediate(flush);
      });
    },
    async flush() {
      if (immediate) clearImmediate(immediate);
      await flush();
      await Promise.all(inFlight);
    },
    async close() {
      await this.flush();
      await pool.end();
    },
  };
}
