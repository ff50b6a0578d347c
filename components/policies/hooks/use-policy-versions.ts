"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath, type PolicyVersion } from "../types";

export function usePolicyVersions(arn: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.policies.versions(arn),
    queryFn: ({ signal }) => apiFetch<{ Versions: PolicyVersion[] }>(`${policyApiPath(arn)}/versions`, { signal }),
    enabled,
  });
}
