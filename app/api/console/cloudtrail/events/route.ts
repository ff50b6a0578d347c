// GET: one page of the Event history table (cloudtrail:LookupEvents) — ?attributeKey=&attributeValue=
// (one lookup attribute), ?range= (30m/1h/3h/12h) or ?start=&end= (ISO, at most 90 days), ?cursor=
// (the previous page's nextCursor), ?pageSize= (1–50). Authorized before the store is read; the
// caller's own account only.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { eventHistoryPage, LOOKUP_EVENTS } from "@/lib/cloudtrail/event-history";
import { DEFAULT_PAGE_SIZE, lookupRequest, ZHistoryQuery } from "@/lib/cloudtrail/history-query";

export const GET = withConsoleApi({
  action: LOOKUP_EVENTS,
  query: ZHistoryQuery,
  resource: () => "*",
  handler: ({ caller, query }) => eventHistoryPage(caller, query),
  trail: ({ query }) => ({ request: lookupRequest(query, query.pageSize ?? DEFAULT_PAGE_SIZE) }),
});
