"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { RoleExport } from "../detail/types";
import { roleApi } from "./use-role";

export function useRoleExport(roleName: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.roles.export(roleName),
    queryFn: ({ signal }) => apiFetch<RoleExport>(`${roleApi(roleName)}/export`, { signal }),
    enabled,
  });
}
