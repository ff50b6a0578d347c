"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { RolePermissions } from "../detail/types";
import { roleApi } from "./use-role";

export function useRolePermissions(roleName: string) {
  return useQuery({
    queryKey: queryKeys.roles.permissions(roleName),
    queryFn: ({ signal }) => apiFetch<RolePermissions>(`${roleApi(roleName)}/policies`, { signal }),
  });
}
