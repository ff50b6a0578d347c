"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useDeleteGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (groupName: string) => apiFetch(`/api/console/groups/${encodeURIComponent(groupName)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.groups.all }), qc.invalidateQueries({ queryKey: queryKeys.users.all })]),
  });
}
