"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath, type PolicyDetail } from "../types";

export function usePolicy(arn: string) {
  return useQuery({
    queryKey: queryKeys.policies.detail(arn),
    queryFn: ({ signal }) => apiFetch<PolicyDetail>(policyApiPath(arn), { signal }),
  });
}
