"use client";
// The access-level summary of a document; it depends only on the text, so it never goes stale.
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { ServiceAccessSummary } from "@/lib/iam/console/policy-summary";

export type { ServiceAccessSummary } from "@/lib/iam/console/policy-summary";

export function usePolicySummary(document: string) {
  return useQuery({
    queryKey: queryKeys.policies.summary(document),
    queryFn: ({ signal }) => apiFetch<{ Services: ServiceAccessSummary[]; TotalServices: number }>("/api/console/policies/summary", { body: { policyDocument: document }, signal }),
    staleTime: Infinity,
  });
}
