"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleAttachPolicies(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policyArns: string[]) => apiFetch<{ attached: string[] }>(`${roleApi(roleName)}/policies`, { body: { policyArns } }),
    // Invalidate on failure too: a quota error may stop after some policies were attached.
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }), qc.invalidateQueries({ queryKey: queryKeys.policies.all })]),
  });
}
