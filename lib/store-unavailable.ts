// One answer to "is this failure the store being away?", for the two outer error boundaries (the
// Query handler and withConsoleApi): a lost, refused, timed-out or locked database is a temporary
// failure of the service (503 ServiceUnavailable, which the AWS SDKs and CLI retry), not a bug
// (500 ServiceFailure). The errors arrive in several wrappings — Prisma's known-request errors
// (P1001…), a driver-adapter error whose cause names a kind (DatabaseNotReachable, ConnectionClosed…)
// or a PostgreSQL SQLSTATE, node-postgres's own errors (raw pg Pool), socket errors, and
// better-sqlite3's SqliteError (Prisma's adapter passes most SQLite codes through unconverted) —
// so the classifier walks every wrapping it knows instead of trusting the outermost class.
import { AwsError } from "@/lib/errors";

/** Prisma's codes for a server it cannot reach or that stopped answering. */
const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // server reached but timed out
  "P1008", // operations timed out
  "P1017", // server has closed the connection
  "P2024", // timed out fetching a new connection from the pool
]);

/** Driver-adapter error kinds (@prisma/driver-adapter-utils) that mean "no usable connection". */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * PostgreSQL SQLSTATEs of an unavailable server (https://www.postgresql.org/docs/15/errcodes-appendix.html):
 * class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect now),
 * class 53 (insufficient resources: disk full, out of memory, too many connections), and 25006
 * (read-only transaction: a standby answering during a failover).
 */
function isUnavailableSqlState(code: string): boolean {
  return /^(08|53)[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "25006";
}

/** Node's socket errors on the way to the server. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/**
 * SQLite result codes of a store that cannot serve now: locked past the busy timeout, an I/O error,
 * a full disk, a file or directory that became read-only or went away (extended codes such as
 * SQLITE_IOERR_WRITE or SQLITE_READONLY_DBMOVED included).
 */
const SQLITE_CODE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|READONLY|CANTOPEN)(_|$)/;

/** node-postgres errors without a code (pg/lib/client.js, pg-pool). */
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

function fieldOf(e: object, key: string): unknown {
  return (e as Record<string, unknown>)[key];
}

function matchesOne(e: object): boolean {
  const code = fieldOf(e, "code");
  if (typeof code === "string") {
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLITE_CODE.test(code) || isUnavailableSqlState(code)) return true;
  }
  const kind = fieldOf(e, "kind");
  if (typeof kind === "string") {
    if (ADAPTER_KINDS.has(kind)) return true;
    const original = fieldOf(e, "originalCode");
    if (typeof original === "string" && (isUnavailableSqlState(original) || SQLITE_CODE.test(original))) return true;
  }
  const message = fieldOf(e, "message");
  return e instanceof Error && typeof message === "string" && PG_MESSAGES.some((m) => m.test(message));
}

/** The errors wrapped inside e: Error.cause, Prisma's meta.driverAdapterError, an AggregateError's list. */
function wrapped(e: object): unknown[] {
  const inner: unknown[] = [fieldOf(e, "cause")];
  const meta = fieldOf(e, "meta");
  if (meta && typeof meta === "object") inner.push(fieldOf(meta, "driverAdapterError"));
  const errors = fieldOf(e, "errors");
  if (Array.isArray(errors)) inner.push(...errors);
  return inner;
}

export function isStoreUnavailable(e: unknown): boolean {
  const seen = new Set<object>();
  const queue: unknown[] = [e];
  while (queue.length > 0 && seen.size < 16) {
    const next = queue.shift();
    if (!next || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    if (matchesOne(next)) return true;
    queue.push(...wrapped(next));
  }
  return false;
}

/**
 * AWS's common error for a temporary failure, the same for IAM and STS (HTTP 503):
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html and
 * https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
export function serviceUnavailable(): AwsError {
  return new AwsError("ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
}

/** What to log for an outage: one line, no stack (it is the store, not the code). */
export function outageSummary(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s+/g, " ").trim().slice(0, 300);
}
