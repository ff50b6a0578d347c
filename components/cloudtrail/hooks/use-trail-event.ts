"use client";
// One event of the caller's account, with the Decision panel's data for an AccessDenied.
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { EventDecision } from "@/lib/cloudtrail/decision";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import { queryKeys } from "@/lib/query-keys";

export interface TrailEventDetail {
  event: EventRow;
  decision?: EventDecision;
}

export function useTrailEvent(eventId: string) {
  return useQuery({
    queryKey: queryKeys.cloudtrail.event(eventId),
    queryFn: ({ signal }) => apiFetch<TrailEventDetail>(`/api/console/cloudtrail/events/${encodeURIComponent(eventId)}`, { signal }),
  });
}
