"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";

export type ConsoleAccessChange =
  | { action: "enable"; password: string; passwordResetRequired: boolean }
  | { action: "reset"; password: string; passwordResetRequired: boolean }
  | { action: "disable" };

/** Create (enable), Update (new password) or Delete (disable) the user's login profile. */
export function useManageConsoleAccess(userName: string) {
  const qc = useQueryClient();
  const path = `/api/console/users/${encodeURIComponent(userName)}/login-profile`;
  return useMutation({
    mutationFn: (change: ConsoleAccessChange) => {
      if (change.action === "disable") return apiFetch(path, { method: "DELETE" });
      const body = { password: change.password, passwordResetRequired: change.passwordResetRequired };
      return apiFetch(path, { method: change.action === "enable" ? "POST" : "PUT", body });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.loginProfile(userName) }),
  });
}
