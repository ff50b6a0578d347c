"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath, type PolicyEntities } from "../types";

export function usePolicyEntities(arn: string) {
  return useQuery({
    queryKey: queryKeys.policies.entities(arn),
    queryFn: ({ signal }) => apiFetch<PolicyEntities>(`${policyApiPath(arn)}/entities`, { signal }),
  });
}
