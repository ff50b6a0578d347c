"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { RoleDetail } from "../detail/types";

export const roleApi = (roleName: string) => `/api/console/roles/${encodeURIComponent(roleName)}`;

export function useRole(roleName: string) {
  return useQuery({
    queryKey: queryKeys.roles.detail(roleName),
    queryFn: ({ signal }) => apiFetch<RoleDetail>(roleApi(roleName), { signal }),
  });
}
