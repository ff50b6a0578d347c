"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { User } from "./types";

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { userName: string; password?: string }) =>
      apiFetch<{ User: User }>("/api/console/users", { body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.users.all }),
  });
}
