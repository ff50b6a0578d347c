"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { Tag } from "@/components/tags/tags-panel";
import { policyApiPath } from "../types";

export function usePolicyTags(arn: string) {
  return useQuery({
    queryKey: queryKeys.policies.tags(arn),
    queryFn: ({ signal }) => apiFetch<{ Tags: Tag[] }>(`${policyApiPath(arn)}/tags`, { signal }),
  });
}
