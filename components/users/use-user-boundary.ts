"use client";
// The user page's Permissions boundary: Set / Change (PUT) and Remove (DELETE); the boundary itself
// comes with GetUser, so both refresh the user.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

const boundaryApi = (userName: string) => `/api/console/users/${encodeURIComponent(userName)}/boundary`;

export function useUserBoundary(userName: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: queryKeys.users.detail(userName) });
  const set = useMutation({ mutationFn: (policyArn: string) => apiFetch<{ ok: true }>(boundaryApi(userName), { method: "PUT", body: { policyArn } }), onSuccess });
  const remove = useMutation({ mutationFn: () => apiFetch<{ ok: true }>(boundaryApi(userName), { method: "DELETE" }), onSuccess });
  return { set, remove };
}
