"use client";
// A user's or group's inline policies ("Customer inline" rows) and their Remove, over the entity's
// inline-policies console route.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { InlineDocument } from "@/lib/iam/console/inline-documents";

export type { InlineDocument };

export function useInlinePolicies(url: string, queryKey: readonly unknown[]) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => apiFetch<{ InlinePolicies: InlineDocument[] }>(url, { signal }),
  });
  const remove = useMutation({
    mutationFn: (policyName: string) => apiFetch<{ ok: true }>(`${url}?${new URLSearchParams({ policyName })}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
  return { query, remove: (policyName: string) => remove.mutateAsync(policyName) };
}
