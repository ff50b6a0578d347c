"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useDeleteAccessKey(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (accessKeyId: string) => apiFetch(`${base}/access-keys/${encodeURIComponent(accessKeyId)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.accessKeys(userName) })]),
  });
}
