"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleDetachPolicy(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policyArn: string) => apiFetch(`${roleApi(roleName)}/policies?policyArn=${encodeURIComponent(policyArn)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }), qc.invalidateQueries({ queryKey: queryKeys.policies.all })]),
  });
}
