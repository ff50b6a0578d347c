"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { Tag } from "../detail/types";
import { roleApi } from "./use-role";

export function useRoleTags(roleName: string) {
  return useQuery({
    queryKey: queryKeys.roles.tags(roleName),
    queryFn: ({ signal }) => apiFetch<{ Tags: Tag[] }>(`${roleApi(roleName)}/tags`, { signal }),
  });
}
