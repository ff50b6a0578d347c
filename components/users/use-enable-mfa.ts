"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { MfaDevice } from "./types";

export function useEnableMfa(userName: string) {
  const qc = useQueryClient();
  const base = `/api/console/users/${encodeURIComponent(userName)}`;
  return useMutation({
    mutationFn: (input: { deviceName: string; secret: string; code1: string; code2: string }) => apiFetch<{ MFADevice: MfaDevice }>(`${base}/mfa`, { body: input }),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users.mfa(userName) })]),
  });
}
