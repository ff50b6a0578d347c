// Group commit for the wire endpoint's inserts (issued sessions, activity events). A commit costs
// ~60–100 µs here whatever it holds (WAL append and checkpoints), and under load every request adds
// a row or two: rows queued together commit in one transaction, flushed at the end of the current
// event-loop turn, and each insert's promise resolves once its batch has committed. Callers await
// it before answering: credentials must work on the next call, and an answered call must have its
// activity row on disk even if the process is killed right after (kill -9 loses no answered row).
import { BUSY_RETRY_MS, direct, directRun, isBusy, statement, type Param } from "./db-direct";

interface PendingRow {
  sql: string;
  params: Param[];
  resolve: () => void;
  reject: (e: unknown) => void;
}

const pending: PendingRow[] = [];
let immediate: NodeJS.Immediate | undefined;
let timer: NodeJS.Timeout | undefined;

/** `INSERT INTO table (…) VALUES (?, …)` for a row object's columns. */
export function insertSql(table: string, row: Record<string, Param>): string {
  const columns = Object.keys(row);
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

function schedule(): void {
  if (immediate) return;
  if (timer) clearTimeout(timer);
  timer = undefined;
  immediate = setImmediate(flushPendingWrites);
}

/** Commits every queued row now (also called on shutdown). */
export function flushPendingWrites(): void {
  if (timer) clearTimeout(timer);
  immediate = undefined;
  timer = undefined;
  const batch = pending.splice(0);
  if (batch.length === 0) return;
  const conn = direct().conn;
  try {
    statement("BEGIN IMMEDIATE").run();
  } catch (e) {
    if (isBusy(e)) {
      // Another connection is writing (a Prisma transaction across awaits): retry after yielding.
      pending.unshift(...batch);
      timer = setTimeout(flushPendingWrites, BUSY_RETRY_MS);
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

/** `INSERT INTO table (…) VALUES (…)` from a row object; resolves once its batch is committed. */
export function directInsert(table: string, row: Record<string, Param>): Promise<void> {
  return new Promise((resolve, reject) => {
    pending.push({ sql: insertSql(table, row), params: Object.values(row), resolve, reject });
    schedule();
  });
}
