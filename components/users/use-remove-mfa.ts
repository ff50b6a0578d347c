"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useRemoveMfa(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (serialNumber: string) => apiFetch(`${base}/mfa?serialNumber=${encodeURIComponent(serialNumber)}`, { method: "DELETE" }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.mfa(userName) })]),
  });
}
