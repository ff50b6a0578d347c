"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath } from "../types";

export function useDeletePolicyVersion(arn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => apiFetch(`${policyApiPath(arn)}/versions/${encodeURIComponent(versionId)}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.policies.versions(arn) }),
  });
}
