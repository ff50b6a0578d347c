"use client";
// The Account settings page's account alias and STS global endpoint token setting: one read and one
// change each, over the console routes (which go through the same lib/iam code as the wire).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { GlobalEndpointTokenVersion } from "@/lib/iam/account/sts-preferences";

const ALIAS = "/api/console/account/alias";
const STS = "/api/console/account/sts-preferences";

export function useAccountAlias() {
  return useQuery({
    queryKey: queryKeys.account.alias(),
    queryFn: ({ signal }) => apiFetch<{ AccountAlias: string | null }>(ALIAS, { signal }),
  });
}

/** Create or replace the alias (a string), or delete the current one ({ delete }). */
export function useChangeAccountAlias() {
  const qc = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (change: { set: string } | { delete: string }) =>
      "set" in change
        ? apiFetch(ALIAS, { method: "PUT", body: { alias: change.set } })
        : apiFetch(`${ALIAS}?${new URLSearchParams({ alias: change.delete })}`, { method: "DELETE" }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: queryKeys.account.alias() });
      // The account menu and the dashboard show the alias: they are rendered on the server.
      router.refresh();
    },
  });
}

export function useStsPreferences() {
  return useQuery({
    queryKey: queryKeys.account.stsPreferences(),
    queryFn: ({ signal }) => apiFetch<{ GlobalEndpointTokenVersion: GlobalEndpointTokenVersion }>(STS, { signal }),
  });
}

export function useSetStsPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: GlobalEndpointTokenVersion) => apiFetch(STS, { method: "PUT", body: { GlobalEndpointTokenVersion: version } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.account.stsPreferences() }),
  });
}
