"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/client";

export interface SwitchRoleInput {
  account: string;
  roleName: string;
  displayName?: string;
  color?: string;
}

/** Switches role, then reloads everything: every cached answer was authorized as the old principal. */
export function useSwitchRole() {
  const qc = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (input: SwitchRoleInput) => apiFetch<{ displayName: string }>("/api/console/switch-role", { body: input }),
    onSuccess: () => {
      qc.clear();
      router.push("/iam");
      router.refresh();
    },
  });
}
