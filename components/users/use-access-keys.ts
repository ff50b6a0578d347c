"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { AccessKeyMetadata } from "./types";

export function useAccessKeys(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.accessKeys(userName),
    queryFn: ({ signal }) => apiFetch<{ AccessKeyMetadata: AccessKeyMetadata[] }>(`/api/console/users/${encodeURIComponent(userName)}/access-keys`, { signal }),
  });
}
