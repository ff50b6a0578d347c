"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { UserDetail } from "./types";

export function useUser(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.detail(userName),
    queryFn: ({ signal }) => apiFetch<{ User: UserDetail }>(`/api/console/users/${encodeURIComponent(userName)}`, { signal }),
  });
}
