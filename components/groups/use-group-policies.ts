"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { AttachedPolicy } from "@/components/users/types";

export function useGroupPolicies(groupName: string) {
  return useQuery({
    queryKey: queryKeys.groups.policies(groupName),
    queryFn: ({ signal }) => apiFetch<{ AttachedPolicies: AttachedPolicy[] }>(`/api/console/groups/${encodeURIComponent(groupName)}/policies`, { signal }),
  });
}
