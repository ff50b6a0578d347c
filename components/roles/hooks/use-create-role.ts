"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export interface CreateRoleBody {
  roleName: string;
  assumeRolePolicyDocument: string;
  description?: string;
  policyArns?: string[];
  permissionsBoundary?: string;
  tags?: { Key: string; Value: string }[];
  instanceProfile?: boolean;
  serviceLinkedService?: string;
}

export function useCreateRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleBody) => apiFetch<{ Role: { RoleName: string; Arn: string } }>("/api/console/roles", { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.roles.all }),
  });
}
