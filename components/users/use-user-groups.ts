"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { GroupRef } from "./types";

export function useUserGroups(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.groups(userName),
    queryFn: ({ signal }) => apiFetch<{ Groups: GroupRef[] }>(`/api/console/users/${encodeURIComponent(userName)}/groups`, { signal }),
  });
}
