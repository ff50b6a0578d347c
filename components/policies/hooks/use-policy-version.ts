"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath, type PolicyVersion } from "../types";

/** One version's document, fetched only when the user opens that version. */
export function usePolicyVersion(arn: string, versionId: string | null) {
  return useQuery({
    queryKey: queryKeys.policies.version(arn, versionId ?? ""),
    queryFn: ({ signal }) => apiFetch<{ PolicyVersion: PolicyVersion }>(`${policyApiPath(arn)}/versions/${encodeURIComponent(versionId ?? "")}`, { signal }),
    enabled: versionId !== null,
  });
}
