"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { LastAccessedReport } from "@/lib/iam/console/last-accessed";
import { policyApiPath } from "../types";

export function usePolicyLastAccessed(arn: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.lastAccessed(arn),
    queryFn: ({ signal }) => apiFetch<LastAccessedReport>(`${policyApiPath(arn)}/last-accessed`, { signal }),
    enabled,
  });
}
