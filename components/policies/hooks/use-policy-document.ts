"use client";
// The JSON of a policy whose row is expanded in the policy picker (its default version), fetched on demand.
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function usePolicyDocument(arn: string) {
  return useQuery({
    queryKey: queryKeys.policies.document(arn),
    queryFn: ({ signal }) => apiFetch<{ Document: string }>(`/api/console/policies/${encodeURIComponent(arn)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
