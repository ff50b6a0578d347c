"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { AttachedPolicy } from "./types";

export function useUserPolicies(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.policies(userName),
    queryFn: ({ signal }) => apiFetch<{ AttachedPolicies: AttachedPolicy[] }>(`/api/console/users/${encodeURIComponent(userName)}/policies`, { signal }),
  });
}
