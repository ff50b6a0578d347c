"use client";
// Step 2's policy table: one numbered page of the console policies list (type filter, name search,
// the catalog total for "(k/N)" and the match count), previous page kept while the next loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export type PolicyTypeFilter = "All" | "AWS" | "Local" | "JobFunction";

export interface WizardPolicyRow {
  PolicyName: string;
  Arn: string;
  Type: string;
  Description: string;
}

export interface WizardPoliciesPage {
  Policies: WizardPolicyRow[];
  Total: number;
  Matches: number;
  Page: number;
  PageSize: number;
}

export const WIZARD_POLICY_PAGE_SIZE = 10;

export function useWizardPolicies(params: { type: PolicyTypeFilter; search: string; page: number }) {
  return useQuery({
    queryKey: queryKeys.roles.wizardPolicies(params),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams({ type: params.type, page: String(params.page), pageSize: String(WIZARD_POLICY_PAGE_SIZE) });
      if (params.search) q.set("search", params.search);
      return apiFetch<WizardPoliciesPage>(`/api/console/policies/list?${q}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}
