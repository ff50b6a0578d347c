"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/client";

export function useSwitchBack() {
  const qc = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: () => apiFetch("/api/console/switch-role", { method: "DELETE" }),
    onSuccess: () => {
      qc.clear();
      router.refresh();
    },
  });
}
