"use client";
// The user's X.509 signing certificates: the list, and the upload/status/delete mutations that refresh it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { SigningCertificate } from "./types";

const base = (userName: string) => `/api/console/users/${encodeURIComponent(userName)}/signing-certificates`;

export function useSigningCertificates(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.signingCertificates(userName),
    queryFn: ({ signal }) => apiFetch<{ Certificates: SigningCertificate[] }>(base(userName), { signal }),
  });
}

function useRefreshing<I, R = unknown>(userName: string, mutationFn: (input: I) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.signingCertificates(userName) }) });
}

export function useUploadSigningCertificate(userName: string) {
  return useRefreshing(userName, (certificateBody: string) =>
    apiFetch<{ Certificate: SigningCertificate }>(base(userName), { method: "POST", body: { certificateBody } }),
  );
}

export function useUpdateSigningCertificate(userName: string) {
  return useRefreshing(userName, (input: { certificateId: string; status: "Active" | "Inactive" }) =>
    apiFetch(`${base(userName)}/${encodeURIComponent(input.certificateId)}`, { method: "PATCH", body: { status: input.status } }),
  );
}

export function useDeleteSigningCertificate(userName: string) {
  return useRefreshing(userName, (certificateId: string) => apiFetch(`${base(userName)}/${encodeURIComponent(certificateId)}`, { method: "DELETE" }));
}
