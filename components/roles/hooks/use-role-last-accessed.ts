"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { LastAccessedReport } from "@/lib/iam/console/last-accessed";
import { roleApi } from "./use-role";

export function useRoleLastAccessed(roleName: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.roles.lastAccessed(roleName),
    queryFn: ({ signal }) => apiFetch<LastAccessedReport>(`${roleApi(roleName)}/last-accessed`, { signal }),
    enabled,
  });
}
