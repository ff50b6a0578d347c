"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleSetBoundary(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policyArn: string) => apiFetch(`${roleApi(roleName)}/boundary`, { method: "PUT", body: { policyArn } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
