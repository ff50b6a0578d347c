"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { Tag } from "../detail/types";
import { roleApi } from "./use-role";

export function useRoleSaveTags(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tags: Tag[]) => apiFetch<{ Tags: Tag[] }>(`${roleApi(roleName)}/tags`, { method: "PUT", body: { tags } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.detail(roleName) }),
  });
}
