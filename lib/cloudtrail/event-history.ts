import "server-only";
// The Event history console page's reads (spec §1.5): one page of the caller's own account's events,
// one event with its Decision, and the download of the current filter. Each authorizes
// cloudtrail:LookupEvents on "*" (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html)
// through the one door before the store is read, and reads only the caller's account.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import type { DecodedMessage } from "@/lib/authz/decoded-message";
import { findTrailEvent, isTrailCursor, lookupTrailEvents } from "@/lib/data/trail-events";
import { AwsError, isAwsError } from "@/lib/errors";
import { decodeAuthorizationMessage } from "@/lib/sts/decode-authorization-message";
import { isDenialCode, simulateTarget, type EventDecision } from "./decision";
import { eventsCsv, eventsJson } from "./download";
import { toEventRow, type EventRow } from "./event-row";
import { DEFAULT_PAGE_SIZE, toLookupQuery, type THistoryFilter, type THistoryQuery } from "./history-query";
import { serverNow } from "@/lib/server-now";

export const LOOKUP_EVENTS = "cloudtrail:LookupEvents";

export interface EventHistoryPage {
  events: EventRow[];
  nextCursor?: string;
}

export async function eventHistoryPage(caller: Caller, q: THistoryQuery, now = serverNow()): Promise<EventHistoryPage> {
  await authorize(caller, LOOKUP_EVENTS, "*");
  // The store throws on a cursor it did not make: bad input, not a server failure.
  if (q.cursor && !isTrailCursor(q.cursor)) throw new AwsError("ValidationError", "The page cursor is not valid.", { field: "cursor" });
  const page = await lookupTrailEvents(toLookupQuery(caller.accountId, q, now, q.pageSize ?? DEFAULT_PAGE_SIZE, q.cursor));
  return { events: page.records.map(toEventRow), ...(page.next ? { nextCursor: page.next } : {}) };
}

export interface EventHistoryRecord {
  event: EventRow;
  decision?: EventDecision;
}

/** The explanation behind an AccessDenied event, decoded only for a caller allowed sts:DecodeAuthorizationMessage. */
async function decisionOf(caller: Caller, encodedMessage: string, cloudTrailEvent: string): Promise<EventDecision> {
  let decoded: DecodedMessage | undefined;
  let undecoded: EventDecision["undecoded"];
  try {
    decoded = JSON.parse((await decodeAuthorizationMessage(caller, encodedMessage)).DecodedMessage) as DecodedMessage;
  } catch (e) {
    if (!isAwsError(e)) throw e;
    undecoded = e.code === "AccessDenied" ? "AccessDenied" : "InvalidMessage";
  }
  const simulate = simulateTarget(cloudTrailEvent, decoded);
  return { encodedMessage, ...(decoded ? { decoded } : { undecoded }), ...(simulate ? { simulate } : {}) };
}

export async function eventHistoryRecord(caller: Caller, eventId: string): Promise<EventHistoryRecord> {
  await authorize(caller, LOOKUP_EVENTS, "*");
  const record = await findTrailEvent(caller.accountId, eventId);
  // [INF] AWS has no single-event read (LookupEvents with EventId returns an empty list); the page
  // needs a not-found answer, so it gets IAM's.
  if (!record || record.accountId !== caller.accountId) throw new AwsError("NoSuchEntity", `The event with ID ${eventId} cannot be found.`);
  const event = toEventRow(record);
  if (record.decision) return { event, decision: await decisionOf(caller, record.decision, record.cloudTrailEvent) };
  // A denial recorded without the engine's message still names who, what and where: the panel offers the simulator.
  if (isDenialCode(event.errorCode)) {
    const simulate = simulateTarget(record.cloudTrailEvent);
    return { event, decision: { undecoded: "NotRecorded", ...(simulate ? { simulate } : {}) } };
  }
  return { event };
}

/** [INF] A download holds at most this many events (the newest), read from the store in pages of DOWNLOAD_PAGE. */
export const DOWNLOAD_MAX = 10_000;
const DOWNLOAD_PAGE = 500;

export async function eventHistoryDownload(
  caller: Caller,
  f: THistoryFilter,
  format: "csv" | "json",
  now = serverNow(),
): Promise<{ body: string; contentType: string; filename: string; truncated: boolean }> {
  await authorize(caller, LOOKUP_EVENTS, "*");
  const rows: EventRow[] = [];
  let after: string | undefined;
  do {
    const page = await lookupTrailEvents(toLookupQuery(caller.accountId, f, now, Math.min(DOWNLOAD_PAGE, DOWNLOAD_MAX - rows.length), after));
    rows.push(...page.records.map(toEventRow));
    after = page.next;
  } while (after && rows.length < DOWNLOAD_MAX);
  const truncated = Boolean(after);
  return format === "csv"
    ? { body: eventsCsv(rows), contentType: "text/csv; charset=utf-8", filename: "event_history.csv", truncated }
    : { body: eventsJson(rows), contentType: "application/json", filename: "event_history.json", truncated };
}
