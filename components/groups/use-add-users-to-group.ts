"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useAddUsersToGroup(groupName: string) {
  const qc = useQueryClient();
  const base = `/api/console/groups/${encodeURIComponent(groupName)}`;
  return useMutation({
    mutationFn: (userNames: string[]) => apiFetch(`${base}/users`, { body: { userNames } }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.groups.all }), qc.invalidateQueries({ queryKey: queryKeys.users.all })]),
  });
}
