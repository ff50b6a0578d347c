"use client";
// Attach / Detach one policy to or from several entities; every list that shows attachments is refreshed.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import { policyApiPath, type AttachedEntity } from "../types";

export function useChangePolicyAttachments(arn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changes: { attach?: AttachedEntity[]; detach?: AttachedEntity[] }) =>
      apiFetch<{ Attached: AttachedEntity[]; Detached: AttachedEntity[] }>(`${policyApiPath(arn)}/entities`, { body: changes }),
    onSettled: () =>
      Promise.all([queryKeys.policies.all, queryKeys.users.all, queryKeys.groups.all, queryKeys.roles.all].map((queryKey) => qc.invalidateQueries({ queryKey }))),
  });
}
