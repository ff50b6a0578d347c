"use client";
// Deletes the selected roles one by one through the console delete (cascade; service-linked roles
// start an asynchronous deletion task instead). Stops at the first failure, reporting what was
// already deleted, as the console does.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { DeleteRoleResult } from "../list/types";

export interface DeleteRolesOutcome {
  deleted: string[];
  /** Service-linked roles whose deletion task was started: role name → task id. */
  started: { roleName: string; taskId: string }[];
  failed?: { roleName: string; error: unknown };
}

export function useDeleteRoles() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (roleNames: string[]): Promise<DeleteRolesOutcome> => {
      const out: DeleteRolesOutcome = { deleted: [], started: [] };
      for (const roleName of roleNames) {
        try {
          const r = await apiFetch<DeleteRoleResult>(`/api/console/roles/${encodeURIComponent(roleName)}`, { method: "DELETE" });
          if (r?.DeletionTaskId) out.started.push({ roleName, taskId: r.DeletionTaskId });
          else out.deleted.push(roleName);
        } catch (error) {
          out.failed = { roleName, error };
          break;
        }
      }
      return out;
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.roles.all }),
  });
}
