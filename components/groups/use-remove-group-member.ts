"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useRemoveGroupMember(groupName: string) {
  const qc = useQueryClient();
  const base = `/api/console/groups/${encodeURIComponent(groupName)}`;
  return useMutation({
    mutationFn: (userName: string) => apiFetch(`${base}/users?userName=${encodeURIComponent(userName)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.groups.all }), qc.invalidateQueries({ queryKey: queryKeys.users.all })]),
  });
}
