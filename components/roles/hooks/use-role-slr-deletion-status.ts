"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { SlrDeletionStatus } from "../detail/types";
import { roleApi } from "./use-role";

const POLL_MS = 1000;

/** Polls GetServiceLinkedRoleDeletionStatus until the task has SUCCEEDED or FAILED. */
export function useRoleSlrDeletionStatus(roleName: string, taskId: string) {
  return useQuery({
    queryKey: queryKeys.roles.deletionTask(roleName, taskId),
    queryFn: ({ signal }) =>
      apiFetch<SlrDeletionStatus>(`${roleApi(roleName)}/slr-deletion?taskId=${encodeURIComponent(taskId)}`, { signal }),
    refetchInterval: (q) => (q.state.data?.Status === "SUCCEEDED" || q.state.data?.Status === "FAILED" ? false : POLL_MS),
  });
}
