"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { GroupDetail } from "./types";

export function useGroup(groupName: string) {
  return useQuery({
    queryKey: queryKeys.groups.detail(groupName),
    queryFn: ({ signal }) => apiFetch<GroupDetail>(`/api/console/groups/${encodeURIComponent(groupName)}`, { signal }),
  });
}
