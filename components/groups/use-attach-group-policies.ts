"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useAttachGroupPolicies(groupName: string) {
  const qc = useQueryClient();
  const base = `/api/console/groups/${encodeURIComponent(groupName)}`;
  return useMutation({
    mutationFn: (policyArns: string[]) => apiFetch(`${base}/policies`, { body: { policyArns } }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.groups.all }), qc.invalidateQueries({ queryKey: queryKeys.policies.all })]),
  });
}
