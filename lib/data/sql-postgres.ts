// The PostgreSQL store (lib/data/sql.ts): a `pg` pool of its own beside Prisma's, running NAMED
// prepared statements (parsed once per connection). Timestamps are `timestamp(3)` without time zone
// holding UTC, Prisma's convention: this pool parses them as UTC and is sent dates as UTC ISO text
// (a zone in the text is ignored by a `timestamp` column), whatever the process's TZ. The type parser
// is the pool's own: pg's global defaults are shared with Prisma's adapter-pg and stay untouched.
import pg from "pg";
import { POSTGRES_CONNECT_TIMEOUT_MS, POSTGRES_POOL_SIZE } from "@/lib/db";
import type { Query, Row, Store, Value } from "./sql";

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
    const byName = new Map<string, PendingRow[]>();
    for (const p of batch) {
      const rows = byName.get(p.q.name);
      if (rows) rows.push(p);
      else byName.set(p.q.name, [p]);
    }
    await Promise.all([...byName.values()].map((rows) => insertRows(rows[0].q, rows)));
  }

  function flush(): Promise<void> {
    immediate = undefined;
    const batch = pending.splice(0);
    if (batch.length === 0) return Promise.resolve();
    const done = commitBatch(batch);
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
