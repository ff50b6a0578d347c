// The CloudTrail event store (spec ../shared/spec/observability-spec.md §1): records are appended in
// the group commit (all records of one call in one unit, committed before the call is answered),
// looked up per account newest first by at most one LookupEvents attribute and a time range, and
// deleted only by the 90-day retention. Nothing updates a record.
import { createHash } from "node:crypto";
import type { TrailEvent, TrailEventKey } from "@/generated/prisma/client";
import type { LookupAttributeKey, LookupPage, LookupQuery, TrailRecord, TrailResource } from "@/lib/cloudtrail/types";
import { AwsError } from "@/lib/errors";
import { withoutNul } from "./activity";
import { table } from "./columns";
import { query, store, type Dialect, type InsertRow, type Query, type Value } from "./sql";
import { serverNow } from "@/lib/server-now";

export const RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const trailEvents = table<TrailEvent>("TrailEvent", {
  eventId: "text",
  accountId: "text",
  eventTime: "date",
  eventName: "text",
  eventSource: "text",
  readOnly: "bool",
  username: "text",
  accessKeyId: "text",
  errorCode: "text",
  requestId: "text",
  sharedEventId: "text",
  decision: "text",
  resources: "text",
  record: "text",
});

const trailKeys = table<TrailEventKey>("TrailEventKey", {
  eventId: "text",
  attribute: "text",
  value: "text",
  accountId: "text",
  eventTime: "date",
});

const insertEvent = trailEvents.insertQuery("trail_event_insert");
const insertKey = trailKeys.insertQuery("trail_key_insert");

/** The attributes whose values live in TrailEventKey (a record may have several of each). */
const KEYED = new Set<LookupAttributeKey>(["ResourceType", "ResourceName"]);

function keyRows(r: TrailRecord): TrailEventKey[] {
  const seen = new Set<string>();
  const out: TrailEventKey[] = [];
  for (const res of r.resources) {
    for (const [attribute, value] of [["ResourceType", res.type], ["ResourceName", res.name]] as const) {
      const id = `${attribute}\u0000${value}`;
      if (!value || seen.has(id)) continue;
      seen.add(id);
      out.push({ eventId: r.eventId, attribute, value, accountId: r.accountId, eventTime: r.eventTime });
    }
  }
  return out;
}

function eventRow(r: TrailRecord): TrailEvent {
  return {
    eventId: r.eventId,
    accountId: r.accountId,
    eventTime: r.eventTime,
    eventName: r.eventName,
    eventSource: r.eventSource,
    readOnly: r.readOnly,
    username: r.username ?? null,
    accessKeyId: r.accessKeyId ?? null,
    errorCode: r.errorCode ?? null,
    requestId: r.requestId ?? null,
    sharedEventId: r.sharedEventId ?? null,
    decision: r.decision ?? null,
    resources: JSON.stringify(r.resources.map((x) => ({ type: x.type, name: x.name }))),
    record: r.cloudTrailEvent,
  };
}

/** The rows of records, events before their keys, as one insertAll unit (also the bench's bulk load). */
export function trailRows(records: readonly TrailRecord[]): InsertRow[] {
  const events: InsertRow[] = [];
  const keys: InsertRow[] = [];
  for (const r of records) {
    events.push({ q: insertEvent, params: trailEvents.values(eventRow(r)).map(withoutNul) });
    for (const k of keyRows(r)) keys.push({ q: insertKey, params: trailKeys.values(k).map(withoutNul) });
  }
  return [...events, ...keys];
}

/**
 * Appends the records of one call in the current group commit: all of them or none, and the promise
 * resolves once they are committed (the caller answers after that, so an answered call keeps its
 * records even after kill -9).
 */
export async function appendTrailRecords(records: readonly TrailRecord[]): Promise<void> {
  if (records.length === 0) return;
  await store().insertAll(trailRows(records));
}

// ---- lookups -------------------------------------------------------------------------------------

/** The bounds a lookup walks: from `start`, below (`upperTime`, `upperId`) in (eventTime, eventId) order. */
interface Bounds {
  start: Date;
  upperTime: Date;
  upperId: string;
}

const EPOCH = new Date(0);
const END_OF_TIME = new Date("9999-12-31T23:59:59.999Z");

/**
 * The page position is the last record's (eventTime, eventId): records appended after a page was read
 * never shift the next one. Bound to the query it was made for — the account and the attribute — so a
 * cursor replayed with other parameters is refused, as LookupEvents refuses such a NextToken. The time
 * range is not bound: the console's relative ranges ("last 12 hours") move forward with every page,
 * and a cursor only narrows the range anyway. Opaque outside the store:
 * `<ms>.<binding>.<eventId>` base64url-encoded.
 */
const BINDING_LENGTH = 16;
const CURSOR = new RegExp(`^(\\d{1,15})\\.([A-Za-z0-9_-]{${BINDING_LENGTH}})\\.(.+)$`, "s");

function binding(q: Pick<LookupQuery, "accountId" | "attribute">): string {
  const material = JSON.stringify([q.accountId, q.attribute?.key ?? null, q.attribute?.value ?? null]);
  return createHash("sha256").update(material).digest("base64url").slice(0, BINDING_LENGTH);
}

function encodeCursor(r: TrailRecord, bound: string): string {
  return Buffer.from(`${r.eventTime.getTime()}.${bound}.${r.eventId}`, "utf8").toString("base64url");
}

/** A cursor this store did not make, or made for other parameters: LookupEvents' answer for such a NextToken. */
export class InvalidCursorError extends AwsError {
  constructor() {
    super("InvalidNextTokenException", "The NextToken is not valid or was used with different parameters.");
  }
}

function decodeCursor(after: string): { time: Date; bound: string; id: string } {
  const text = /^[A-Za-z0-9_-]+$/.test(after) ? Buffer.from(after, "base64url").toString("utf8") : "";
  const m = CURSOR.exec(text);
  if (!m) throw new InvalidCursorError();
  const time = new Date(Number(m[1]));
  if (Number.isNaN(time.getTime())) throw new InvalidCursorError();
  return { time, bound: m[2], id: m[3] };
}

/** Whether `after` has the shape of a cursor this store makes (the API checks before it answers anything). */
export function isTrailCursor(after: string): boolean {
  try {
    decodeCursor(after);
    return true;
  } catch {
    return false;
  }
}

/** Record times are whole seconds (eventTime's format): a range includes both ends to the second. */
function bounds(q: LookupQuery): Bounds {
  const floorSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
  const start = q.startTime ? floorSecond(q.startTime) : EPOCH;
  let upperTime = q.endTime ? new Date(floorSecond(q.endTime).getTime() + 1000) : END_OF_TIME;
  let upperId = "";
  if (q.after) {
    const c = decodeCursor(q.after);
    if (c.bound !== binding(q)) throw new InvalidCursorError();
    if (c.time.getTime() < upperTime.getTime()) {
      upperTime = c.time;
      upperId = c.id;
    }
  }
  return { start, upperTime, upperId };
}

const COLUMNS = trailEvents.list("e");
const ORDER = `ORDER BY e."eventTime" DESC, e."eventId" DESC`;
const RANGE = `e."eventTime" >= $2 AND e."eventTime" <= $3 AND (e."eventTime" < $3 OR e."eventId" < $4)`;

/** Column attributes: the column each reads, and its index (accountId, column, eventTime, eventId). */
const COLUMN_OF: Partial<Record<LookupAttributeKey, keyof TrailEvent>> = {
  EventName: "eventName",
  ReadOnly: "readOnly",
  Username: "username",
  EventSource: "eventSource",
  AccessKeyId: "accessKeyId",
};

/**
 * The lookup statements of a dialect. Each walks its own index: (accountId, <attribute>, eventTime,
 * eventId) newest first. SQLite's planner, without statistics for bound parameters, would take the
 * (accountId, eventTime) index and filter, reading the whole account for a rare value: there the index
 * is named (INDEXED BY). PostgreSQL plans from its statistics.
 */
function lookupStatements(dialect: Dialect) {
  const from = (table: "TrailEvent" | "TrailEventKey", alias: string, index: string) =>
    dialect === "sqlite" ? `"${table}" AS ${alias} INDEXED BY "${table}_${index}_idx"` : `"${table}" ${alias}`;
  const all = query(
    `trail_lookup_all`,
    `SELECT ${COLUMNS} FROM ${from("TrailEvent", "e", "accountId_eventTime_eventId")} WHERE e."accountId" = $1 AND ${RANGE} ${ORDER} LIMIT $5`,
  );
  const columns = new Map<LookupAttributeKey, Query>(
    Object.entries(COLUMN_OF).map(([key, column]) => [
      key as LookupAttributeKey,
      query(
        `trail_lookup_${column}`,
        `SELECT ${COLUMNS} FROM ${from("TrailEvent", "e", `accountId_${column}_eventTime_eventId`)}
         WHERE e."accountId" = $1 AND e."${column}" = $6 AND ${RANGE} ${ORDER} LIMIT $5`,
      ),
    ]),
  );
  // The keys' index is walked newest first; each key row names one event (keys are distinct per event).
  const keyed = query(
    "trail_lookup_keyed",
    `SELECT ${COLUMNS} FROM ${from("TrailEventKey", "k", "accountId_attribute_value_eventTime_eventId")} JOIN "TrailEvent" e ON e."eventId" = k."eventId"
     WHERE k."accountId" = $1 AND k."attribute" = $6 AND k."value" = $7
       AND k."eventTime" >= $2 AND k."eventTime" <= $3 AND (k."eventTime" < $3 OR k."eventId" < $4)
     ORDER BY k."eventTime" DESC, k."eventId" DESC LIMIT $5`,
  );
  const byId = query("trail_lookup_event_id", `SELECT ${COLUMNS} FROM "TrailEvent" e WHERE e."eventId" = $6 AND e."accountId" = $1 AND ${RANGE} LIMIT $5`);
  return { all, columns, keyed, byId };
}

const statements = new Map<Dialect, ReturnType<typeof lookupStatements>>();

function statementsFor(dialect: Dialect): ReturnType<typeof lookupStatements> {
  let s = statements.get(dialect);
  if (!s) statements.set(dialect, (s = lookupStatements(dialect)));
  return s;
}

function decodeRecord(row: Record<string, unknown>): TrailRecord {
  const e = trailEvents.decode(row);
  const resources = JSON.parse(e.resources) as TrailResource[];
  const r: TrailRecord = {
    eventId: e.eventId,
    accountId: e.accountId,
    eventTime: e.eventTime,
    eventName: e.eventName,
    eventSource: e.eventSource,
    readOnly: e.readOnly,
    resources,
    cloudTrailEvent: e.record,
  };
  if (e.username !== null) r.username = e.username;
  if (e.accessKeyId !== null) r.accessKeyId = e.accessKeyId;
  if (e.errorCode !== null) r.errorCode = e.errorCode;
  if (e.requestId !== null) r.requestId = e.requestId;
  if (e.sharedEventId !== null) r.sharedEventId = e.sharedEventId;
  if (e.decision !== null) r.decision = e.decision;
  return r;
}

/** The statement and its parameters for a query; null when the attribute can match nothing. */
function statementFor(q: LookupQuery, b: Bounds, dialect: Dialect): { sql: Query; params: Value[] } | null {
  const st = statementsFor(dialect);
  const base: Value[] = [q.accountId, b.start, b.upperTime, b.upperId, q.limit + 1];
  // Values are stored without NUL (PostgreSQL's text refuses it): a value asked for is read the same way.
  const attr = q.attribute && { key: q.attribute.key, value: withoutNul(q.attribute.value) };
  if (!attr) return { sql: st.all, params: base };
  if (attr.key === "EventId") return { sql: st.byId, params: [...base, attr.value] };
  if (KEYED.has(attr.key)) return { sql: st.keyed, params: [...base, attr.key, attr.value] };
  const sql = st.columns.get(attr.key);
  if (!sql) return null;
  if (attr.key === "ReadOnly") {
    if (attr.value !== "true" && attr.value !== "false") return null;
    return { sql, params: [...base, attr.value === "true"] };
  }
  return { sql, params: [...base, attr.value] };
}

/**
 * One account's records, newest first (eventTime, then eventId), filtered by at most one attribute
 * (ReadOnly's values are "true" and "false") and an inclusive time range; `next` continues after
 * the last record returned. Throws InvalidCursorError (AwsError InvalidNextTokenException) for an
 * `after` this store did not make, or made for another account or attribute.
 */
export async function lookupTrailEvents(q: LookupQuery): Promise<LookupPage> {
  const limit = Math.max(1, Math.floor(q.limit));
  const b = bounds(q);
  const db = store();
  const st = statementFor({ ...q, limit }, b, db.dialect);
  if (!st) return { records: [] };
  const rows = await db.all(st.sql, st.params);
  const records = rows.slice(0, limit).map(decodeRecord);
  return rows.length > limit ? { records, next: encodeCursor(records[records.length - 1], binding(q)) } : { records };
}

const findQuery = query("trail_find", `SELECT ${COLUMNS} FROM "TrailEvent" e WHERE e."eventId" = $1 AND e."accountId" = $2`);

/** One record of an account's history (null when absent or another account's). */
export async function findTrailEvent(accountId: string, eventId: string): Promise<TrailRecord | null> {
  const row = await store().get(findQuery, [eventId, accountId]);
  return row ? decodeRecord(row) : null;
}

// ---- retention -----------------------------------------------------------------------------------

const PRUNE_CHUNK = 5000;
const pruneEvents = query(
  "trail_prune_events",
  `DELETE FROM "TrailEvent" WHERE "eventId" IN (SELECT "eventId" FROM "TrailEvent" WHERE "eventTime" < $1 LIMIT ${PRUNE_CHUNK})`,
);
const pruneKeys = query(
  "trail_prune_keys",
  `DELETE FROM "TrailEventKey" WHERE ("eventId", "attribute", "value") IN (SELECT "eventId", "attribute", "value" FROM "TrailEventKey" WHERE "eventTime" < $1 LIMIT ${PRUNE_CHUNK})`,
);

/**
 * Deletes records older than the 90-day retention (the only deletion there is), in chunks so a large
 * backlog never holds the write lock for long. Events go first: a key left behind by an interruption
 * joins no event and is deleted on the next run. Returns how many events were deleted.
 */
export async function pruneTrailEvents(now: Date = serverNow()): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
  let events = 0;
  for (let n = PRUNE_CHUNK; n === PRUNE_CHUNK; events += n) n = await store().run(pruneEvents, [cutoff]);
  for (let n = PRUNE_CHUNK; n === PRUNE_CHUNK; ) n = await store().run(pruneKeys, [cutoff]);
  return events;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Prunes now and every hour (server.ts); the timer never keeps the process alive. */
export function startTrailRetention(log: (message: string, error: unknown) => void = console.error): () => void {
  const run = () => void pruneTrailEvents().catch((e: unknown) => log("CloudTrail retention failed:", e));
  run();
  const timer = setInterval(run, PRUNE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
