"use client";
// One page of Event history for a filter (its URL parameters) and cursor. The previous page stays
// on screen while the next one loads, so paging and filtering never flash an empty table.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import { queryKeys } from "@/lib/query-keys";

export interface EventHistoryPage {
  events: EventRow[];
  nextCursor?: string;
}

export function useEventHistory(params: { filter: string; cursor?: string; pageSize: number }) {
  return useQuery({
    queryKey: queryKeys.cloudtrail.events(params),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams(params.filter);
      q.set("pageSize", String(params.pageSize));
      if (params.cursor) q.set("cursor", params.cursor);
      return apiFetch<EventHistoryPage>(`/api/console/cloudtrail/events?${q}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}
