"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { roleApi } from "./use-role";

export function useRoleUpdateTrustPolicy(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policyDocument: string) => apiFetch(`${roleApi(roleName)}/trust-policy`, { method: "PUT", body: { policyDocument } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.all }),
  });
}
