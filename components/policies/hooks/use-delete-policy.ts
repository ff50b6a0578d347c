"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath } from "../types";

export function useDeletePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arn: string) => apiFetch(policyApiPath(arn), { method: "DELETE" }),
    onSuccess: (_data, arn) => {
      qc.removeQueries({ queryKey: queryKeys.policies.detail(arn) });
      return qc.invalidateQueries({ queryKey: queryKeys.policies.all });
    },
  });
}
