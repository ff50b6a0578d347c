"use client";
// One page of the Policies table; the previous page stays on screen while the next loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { SortingState } from "@/components/ui/sorting";
import type { PoliciesPage, PolicyTypeFilter } from "../types";

export function usePoliciesTable(params: { type: PolicyTypeFilter; search: string; page: number; pageSize: number; sorting?: SortingState }) {
  return useQuery({
    queryKey: queryKeys.policies.list(params),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams({ type: params.type, page: String(params.page), pageSize: String(params.pageSize) });
      if (params.search) q.set("search", params.search);
      if (params.sorting) {
        q.set("sort", params.sorting.field);
        q.set("order", params.sorting.descending ? "desc" : "asc");
      }
      return apiFetch<PoliciesPage>(`/api/console/policies/list?${q}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}
