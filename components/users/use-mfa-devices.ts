"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { MfaDevice } from "./types";

export function useMfaDevices(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.mfa(userName),
    queryFn: ({ signal }) => apiFetch<{ MFADevices: MfaDevice[] }>(`/api/console/users/${encodeURIComponent(userName)}/mfa`, { signal }),
  });
}
