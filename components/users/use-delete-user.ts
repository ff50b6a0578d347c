"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export function useDeleteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userName: string) => apiFetch(`/api/console/users/${encodeURIComponent(userName)}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
