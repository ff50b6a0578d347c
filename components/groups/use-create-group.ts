"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useCreateGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { groupName: string; userNames: string[]; policyArns: string[] }) => apiFetch("/api/console/groups", { body: input }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.groups.all }), qc.invalidateQueries({ queryKey: queryKeys.users.all })]),
  });
}
