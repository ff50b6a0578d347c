"use client";
// react-query hooks for the identity-provider pages; every mutation refreshes the list and the page.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { ProviderDetail, ProviderSummary } from "./types";

const BASE = "/api/console/identity-providers";
const q = (resource: string, extra: Record<string, string> = {}) => new URLSearchParams({ resource, ...extra }).toString();

export function useIdentityProviders() {
  return useQuery({
    queryKey: queryKeys.identityProviders.list(),
    queryFn: ({ signal }) => apiFetch<{ Providers: ProviderSummary[] }>(BASE, { signal }),
  });
}

export function useIdentityProvider(resource: string) {
  return useQuery({
    queryKey: queryKeys.identityProviders.detail(resource),
    queryFn: ({ signal }) => apiFetch<ProviderDetail>(`${BASE}/provider?${q(resource)}`, { signal }),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queryKeys.identityProviders.all });
}

export type CreateProviderInput = { type: "SAML"; name: string; metadataDocument: string } | { type: "OIDC"; url: string; audience: string };

export function useCreateProvider() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateProviderInput) => apiFetch<{ Arn: string }>(BASE, { body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteProvider() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (resource: string) => apiFetch(`${BASE}/provider?${q(resource)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useAudiences(resource: string) {
  const invalidate = useInvalidate();
  const add = useMutation({
    mutationFn: (clientId: string) => apiFetch(`${BASE}/audiences?${q(resource)}`, { body: { clientId } }),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (clientId: string) => apiFetch(`${BASE}/audiences?${q(resource, { clientId })}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
  return { add, remove };
}
