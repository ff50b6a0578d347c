"use client";
// "Save changes": a new version of the policy, set as the default.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath } from "../types";

export function useSavePolicy(arn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: { policyDocument: string; replaceOldestVersion?: boolean }) =>
      apiFetch<{ VersionId: string; DeletedVersionId?: string }>(`${policyApiPath(arn)}/versions`, { body: vars }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.policies.all }),
  });
}
