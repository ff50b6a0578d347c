"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useDetachUserPolicy(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (policyArn: string) => apiFetch(`${base}/policies?policyArn=${encodeURIComponent(policyArn)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.policies(userName) }), qc.invalidateQueries({ queryKey: queryKeys.policies.all })]),
  });
}
