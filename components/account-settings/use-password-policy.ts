"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { PasswordPolicyInput, PasswordPolicyShape } from "@/lib/iam/account/password-rules";

const PATH = "/api/console/account/password-policy";

/** The account's custom password policy, or null while AWS's default applies. */
export function usePasswordPolicy() {
  return useQuery({
    queryKey: queryKeys.account.passwordPolicy(),
    queryFn: ({ signal }) => apiFetch<{ PasswordPolicy: PasswordPolicyShape | null }>(PATH, { signal }),
  });
}

/** Saves the Edit form: a custom policy (UpdateAccountPasswordPolicy) or back to the IAM default (Delete…). */
export function useSavePasswordPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordPolicyInput | "default") =>
      input === "default" ? apiFetch(PATH, { method: "DELETE" }) : apiFetch(PATH, { method: "PUT", body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.account.passwordPolicy() }),
  });
}
