"use client";
// Polls a service-linked role's deletion task until it ends (SUCCEEDED or FAILED).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export type DeletionStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
export interface DeletionTaskStatus {
  Status: DeletionStatus;
  Reason?: { Reason: string; RoleUsageList: { Region: string; Resources: string[] }[] };
}

const POLL_MS = 1500;

export function useDeletionTask(roleName: string, taskId: string) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.roles.deletionTask(roleName, taskId),
    queryFn: ({ signal }) =>
      apiFetch<DeletionTaskStatus>(`/api/console/roles/${encodeURIComponent(roleName)}/slr-deletion?taskId=${encodeURIComponent(taskId)}`, { signal }),
    refetchInterval: (q) => (q.state.data?.Status === "SUCCEEDED" || q.state.data?.Status === "FAILED" ? false : POLL_MS),
  });
  const done = query.data?.Status === "SUCCEEDED";
  useEffect(() => {
    if (done) void qc.invalidateQueries({ queryKey: queryKeys.roles.all });
  }, [done, qc]);
  return query;
}
