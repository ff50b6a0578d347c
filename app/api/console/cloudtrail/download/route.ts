// GET: Event history's Download — ?format=csv|json of the current filter (the same parameters as
// GET /api/console/cloudtrail/events), as an attachment. cloudtrail:LookupEvents, authorized before
// the store is read; the caller's own account only.
import { NextResponse } from "next/server";
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { eventHistoryDownload, LOOKUP_EVENTS } from "@/lib/cloudtrail/event-history";
import { lookupRequest, ZHistoryFilter } from "@/lib/cloudtrail/history-query";

const ZDownloadQuery = ZHistoryFilter.extend({ format: z.enum(["csv", "json"]) }).strict();

export const GET = withConsoleApi({
  action: LOOKUP_EVENTS,
  query: ZDownloadQuery,
  resource: () => "*",
  trail: ({ query }) => ({ request: lookupRequest(query) }),
  handler: async ({ caller, query }) => {
    const { format, ...filter } = query;
    const file = await eventHistoryDownload(caller, filter, format);
    return new NextResponse(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        // [INF] More events than one download holds: the newest DOWNLOAD_MAX are in the file.
        ...(file.truncated ? { "x-event-history-truncated": "true" } : {}),
      },
    });
  },
});
