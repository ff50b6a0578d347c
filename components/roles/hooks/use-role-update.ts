"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { RoleDetail } from "../detail/types";
import { roleApi } from "./use-role";

export function useRoleUpdate(roleName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { description?: string; maxSessionDuration?: number }) => apiFetch<RoleDetail>(roleApi(roleName), { method: "PATCH", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.all }),
  });
}
