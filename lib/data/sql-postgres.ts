// The PostgreSQL store (lib/data/sql.ts): a `pg` pool of its own beside Prisma's, running NAMED
// prepared statements (parsed once per connection). Timestamps are `timestamp(3)` without time zone
// holding UTC, Prisma's convention: this pool parses them as UTC and is sent dates as UTC ISO text
// (a zone in the text is ignored by a `timestamp` column), whatever the process's TZ. The type parser
// is the pool's own: pg's global defaults are shared with Prisma's adapter-pg and stay untouched.
import pg from "pg";
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

/** Connections per instance: several instances share one server's max_connections (100 by default). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

export function openPostgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types, allowExitOnIdle: true });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", (e) => console.error("database connection lost:", e.message));

  const exec = (q: Query, values: unknown[], client: pg.Pool | pg.PoolClient = pool) =>
    client.query({ name: q.name, text: q.text, values });

  const pending: PendingRow[] = [];
  const inFlight = new Set<Promise<void>>();
  let immediate: NodeJS.Immediate | undefined;

  async function commitBatch(batch: PendingRow[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    let ok = true;
    try {
      await client.query("BEGIN");
      for (const p of batch) {
        try {
          await exec(p.q, p.values, client);
        } catch {
          ok = false;
          break;
        }
      }
      await client.query(ok ? "COMMIT" : "ROLLBACK");
      client.release();
    } catch (e) {
      // The connection itself failed (COMMIT unknown): drop it, and fail the batch.
      client.release(e as Error);
      for (const p of batch) p.reject(e);
      return;
    }
    if (ok) {
      for (const p of batch) p.resolve();
      return;
    }
    // One bad row must not sink the others: replay them one by one (autocommit) to tell who failed.
    await Promise.all(batch.map((p) => exec(p.q, p.values).then(() => p.resolve(), p.reject)));
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
