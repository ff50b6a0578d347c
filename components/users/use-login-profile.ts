"use client";
import { useQuery } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

/** The user's console password, or null when GetLoginProfile answers NoSuchEntity (console access disabled). */
export function useLoginProfile(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.loginProfile(userName),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<{ LoginProfile: { UserName: string; CreateDate: string } }>(
          `/api/console/users/${encodeURIComponent(userName)}/login-profile`,
          { signal },
        );
      } catch (e) {
        if (e instanceof ApiError && e.code === "NoSuchEntity") return null;
        throw e;
      }
    },
  });
}
