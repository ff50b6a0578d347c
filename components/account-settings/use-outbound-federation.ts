"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

const PATH = "/api/console/account/outbound-federation";

export interface OutboundFederationView {
  IssuerIdentifier: string | null;
  JwtVendingEnabled: boolean;
}

/** Whether the account issues web identity tokens (GetWebIdentityToken), and its issuer URL. */
export function useOutboundFederation() {
  return useQuery({
    queryKey: queryKeys.account.outboundFederation(),
    queryFn: ({ signal }) => apiFetch<OutboundFederationView>(PATH, { signal }),
  });
}

/** Enable (POST) or Disable (DELETE) outbound identity federation for the account. */
export function useSetOutboundFederation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => apiFetch(PATH, { method: enabled ? "POST" : "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.account.outboundFederation() }),
  });
}
