"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleDeleteInlinePolicy(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policyName: string) => apiFetch(`${roleApi(roleName)}/inline-policies?policyName=${encodeURIComponent(policyName)}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
