"use client";
// The Account settings page's account colour: read (uxc:GetAccountCustomizations) and change
// (uxc:UpdateAccountCustomizations) over the console route; the navigation bar, rendered on the
// server, is refreshed after a change.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { AccountColor } from "@/lib/console-settings/account-colors";

const COLOR = "/api/console/account/color";

export function useAccountColor() {
  return useQuery({
    queryKey: queryKeys.account.color(),
    queryFn: ({ signal }) => apiFetch<{ accountColor: AccountColor }>(COLOR, { signal }),
  });
}

export function useSetAccountColor() {
  const qc = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (accountColor: AccountColor) => apiFetch<{ accountColor: AccountColor }>(COLOR, { method: "PATCH", body: { accountColor } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: queryKeys.account.color() });
      router.refresh();
    },
  });
}
