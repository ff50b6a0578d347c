"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { RoleDeleteResult } from "../detail/types";
import { roleApi } from "./use-role";

export function useRoleDelete(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<RoleDeleteResult>(roleApi(roleName), { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.all }),
  });
}
