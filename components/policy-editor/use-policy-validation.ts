"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError, apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { useBusy } from "@/components/ui/settled";
import type { PolicyValidation } from "@/lib/iam/validate-policy-document";
import type { PolicyType } from "@/lib/policy/types";

/**
 * Validates the document 400 ms after typing stops (as the console does), keeping the last result meanwhile.
 * `managed`: the document becomes a managed policy version, where IAM requires Version 2012-10-17.
 */
export function usePolicyValidation(document: string, policyType: PolicyType, managed = false) {
  const [settled, setSettled] = useState(document);
  useEffect(() => {
    const t = setTimeout(() => setSettled(document), 400);
    return () => clearTimeout(t);
  }, [document]);
  const query = useQuery({
    queryKey: queryKeys.policyValidation(settled, policyType, managed),
    queryFn: ({ signal }) =>
      apiFetch<PolicyValidation>("/api/console/policy-validation", { body: { document: settled, policyType, managed }, signal }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  // The page is not settled while a validation is about to start (the findings are still to come).
  useBusy(settled !== document);
  // Without access-analyzer:ValidatePolicy the console cannot validate; it says so, and IAM still
  // checks the document when it is saved, so the editor does not block on it.
  const denied = query.error instanceof ApiError && query.error.code === "AccessDenied" ? query.error : null;
  return { ...query, denied, pending: settled !== document || query.isFetching };
}
