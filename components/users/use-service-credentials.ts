"use client";
// A user's service-specific credentials (every service in one list) and generate/reset/status/delete,
// each refreshing the list. Generate and reset resolve to the one response that carries the secret.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { NewServiceCredential, ServiceCredential } from "./credential-types";

const base = (userName: string) => `/api/console/users/${encodeURIComponent(userName)}/service-credentials`;

export function useServiceCredentials(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.serviceCredentials(userName),
    queryFn: ({ signal }) => apiFetch<{ ServiceSpecificCredentials: ServiceCredential[] }>(base(userName), { signal }),
  });
}

function useCredentialMutation<I, O>(userName: string, request: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.serviceCredentials(userName) }) });
}

type Issued = { ServiceSpecificCredential: NewServiceCredential };

export const useCreateServiceCredential = (userName: string) =>
  useCredentialMutation(userName, (input: { serviceName: string; credentialAgeDays?: number }) => apiFetch<Issued>(base(userName), { body: input }));

export const useResetServiceCredential = (userName: string) =>
  useCredentialMutation(userName, (id: string) => apiFetch<Issued>(`${base(userName)}/${encodeURIComponent(id)}/reset`, { body: {} }));

export const useUpdateServiceCredential = (userName: string) =>
  useCredentialMutation(userName, (input: { id: string; status: "Active" | "Inactive" }) =>
    apiFetch(`${base(userName)}/${encodeURIComponent(input.id)}`, { method: "PATCH", body: { status: input.status } }),
  );

export const useDeleteServiceCredential = (userName: string) =>
  useCredentialMutation(userName, (id: string) => apiFetch(`${base(userName)}/${encodeURIComponent(id)}`, { method: "DELETE" }));
