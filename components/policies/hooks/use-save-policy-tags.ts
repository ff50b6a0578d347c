"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { Tag } from "@/components/tags/tags-panel";
import { policyApiPath } from "../types";

export function useSavePolicyTags(arn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (tags: Tag[]) => apiFetch<{ Tags: Tag[] }>(`${policyApiPath(arn)}/tags`, { method: "PUT", body: { tags } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.policies.detail(arn) }),
  });
}
