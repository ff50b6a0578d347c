// GET: one event of the caller's own account (cloudtrail:LookupEvents, authorized before the store
// is read): its row, its record's JSON text and, for an AccessDenied, the Decision panel's data.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { eventHistoryRecord, LOOKUP_EVENTS } from "@/lib/cloudtrail/event-history";
import { lookupRequest, ZLookupText } from "@/lib/cloudtrail/history-query";

// Event IDs are UUIDs; the bound only keeps absurd path segments out (LookupEvents' values are ≤ 2000).
const ZParams = z.object({ eventId: ZLookupText }).strict();

export const GET = withConsoleApi({
  action: LOOKUP_EVENTS,
  params: ZParams,
  resource: () => "*",
  handler: ({ caller, params }) => eventHistoryRecord(caller, params.eventId),
  // The console reads one event as LookupEvents with its EventId.
  trail: ({ params }) => ({ request: lookupRequest({ attributeKey: "EventId", attributeValue: params.eventId }) }),
});
