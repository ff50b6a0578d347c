"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRolePutInlinePolicy(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { policyName: string; policyDocument: string }) => apiFetch<{ PolicyName: string }>(`${roleApi(roleName)}/inline-policies`, { body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
