"use client";
// A user's SSH public keys: the list, one key's body in an encoding, and upload/status/delete, each
// refreshing the list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { SshKey, SshKeyDetail } from "./credential-types";

const base = (userName: string) => `/api/console/users/${encodeURIComponent(userName)}/ssh-public-keys`;

export function useSshPublicKeys(userName: string) {
  return useQuery({
    queryKey: queryKeys.users.sshPublicKeys(userName),
    queryFn: ({ signal }) => apiFetch<{ SSHPublicKeys: SshKey[] }>(base(userName), { signal }),
  });
}

export function useSshPublicKeyBody(userName: string, id: string, encoding: "SSH" | "PEM") {
  return useQuery({
    queryKey: [...queryKeys.users.sshPublicKey(userName, id), encoding],
    queryFn: ({ signal }) => apiFetch<{ SSHPublicKey: SshKeyDetail }>(`${base(userName)}/${encodeURIComponent(id)}?encoding=${encoding}`, { signal }),
  });
}

function useKeyMutation<I, O>(userName: string, request: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.sshPublicKeys(userName) }) });
}

export const useUploadSshPublicKey = (userName: string) =>
  useKeyMutation(userName, (body: string) => apiFetch<{ SSHPublicKey: SshKeyDetail }>(base(userName), { body: { body } }));

export const useUpdateSshPublicKey = (userName: string) =>
  useKeyMutation(userName, (input: { id: string; status: "Active" | "Inactive" }) =>
    apiFetch(`${base(userName)}/${encodeURIComponent(input.id)}`, { method: "PATCH", body: { status: input.status } }),
  );

export const useDeleteSshPublicKey = (userName: string) =>
  useKeyMutation(userName, (id: string) => apiFetch(`${base(userName)}/${encodeURIComponent(id)}`, { method: "DELETE" }));
