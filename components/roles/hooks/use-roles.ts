"use client";
// One page of the Roles table. The previous page stays on screen while the next one (or the next
// search) loads, so typing in the search box never flashes an empty table.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { SortingState } from "@/components/ui/sorting";
import type { RolesPage } from "../list/types";

export function useRoles(params: { search: string; page: number; pageSize: number; sorting?: SortingState }, enabled = true) {
  return useQuery({
    queryKey: queryKeys.roles.list(params),
    queryFn: ({ signal }) => {
      const q = new URLSearchParams({ page: String(params.page), pageSize: String(params.pageSize) });
      if (params.search) q.set("search", params.search);
      if (params.sorting) {
        q.set("sort", params.sorting.field);
        q.set("order", params.sorting.descending ? "desc" : "asc");
      }
      return apiFetch<RolesPage>(`/api/console/roles?${q}`, { signal });
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}
