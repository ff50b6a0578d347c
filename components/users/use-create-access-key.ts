"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { NewAccessKey } from "./types";

export function useCreateAccessKey(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: () => apiFetch<{ AccessKey: NewAccessKey }>(`${base}/access-keys`, { body: {} }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.accessKeys(userName) })]),
  });
}
