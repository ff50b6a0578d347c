"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useRemoveUserFromGroup(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (groupName: string) => apiFetch(`${base}/groups?groupName=${encodeURIComponent(groupName)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.groups(userName) }), qc.invalidateQueries({ queryKey: queryKeys.groups.all })]),
  });
}
