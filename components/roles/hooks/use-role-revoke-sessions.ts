"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleRevokeSessions(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ PolicyName: string; RevokedBefore: string }>(`${roleApi(roleName)}/revoke-sessions`, { method: "POST", body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
