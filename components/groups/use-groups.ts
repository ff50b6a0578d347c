"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { GroupSummary } from "./types";

export function useGroups() {
  return useQuery({
    queryKey: queryKeys.groups.list(),
    queryFn: ({ signal }) => apiFetch<{ Groups: GroupSummary[] }>("/api/console/groups", { signal }),
  });
}
