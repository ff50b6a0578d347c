"use client";
// The picker's query: one page of ListPolicies for a scope and search, keyed by its marker. The
// previous page stays on screen while the next loads, so the table doesn't flash empty.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export type PickerScope = "All" | "AWS" | "Local";

export interface PickerPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  AttachmentCount: number;
}

export interface PickerPage {
  Policies: PickerPolicy[];
  IsTruncated: boolean;
  Marker?: string;
}

export const PICKER_PAGE_SIZE = 25;

export function usePolicySearch(params: { scope: PickerScope; search: string; marker?: string }) {
  return useQuery({
    queryKey: queryKeys.policies.picker(params),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams({ scope: params.scope, maxItems: String(PICKER_PAGE_SIZE) });
      if (params.search) q.set("search", params.search);
      if (params.marker) q.set("marker", params.marker);
      return apiFetch<PickerPage>(`/api/console/policies?${q}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}

/** The console's Type column, from the ARN: AWS managed policies live in the "aws" account. */
export function policyTypeFromArn(arn: string): string {
  if (!arn.startsWith("arn:aws:iam::aws:policy/")) return "Customer managed";
  return arn.includes(":policy/job-function/") ? "AWS managed - job function" : "AWS managed";
}
