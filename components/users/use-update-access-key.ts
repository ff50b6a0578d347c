"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useUpdateAccessKey(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (input: { accessKeyId: string; status: "Active" | "Inactive" }) => apiFetch(`${base}/access-keys/${encodeURIComponent(input.accessKeyId)}`, { method: "PATCH", body: { status: input.status } }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.accessKeys(userName) })]),
  });
}
