"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export interface CreatePolicyVars {
  policyName: string;
  description?: string;
  policyDocument: string;
}

export function useCreatePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: CreatePolicyVars) => apiFetch<{ Policy: { Arn: string; PolicyName: string } }>("/api/console/policies", { body: vars }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.policies.all }),
  });
}
