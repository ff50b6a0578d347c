"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleRemoveBoundary(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`${roleApi(roleName)}/boundary`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
