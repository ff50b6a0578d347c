"use client";
// When a switched-role session expires or is revoked, the console returns to the user: clear the
// role cookie, drop answers cached under the role, and say so in a flashbar.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useFlash } from "@/components/ui/flashbar";
import { apiFetch } from "@/lib/api/client";

export function RoleEndedNotice({ reason, roleName, userName }: { reason: "expired" | "revoked"; roleName: string; userName: string }) {
  const { push } = useFlash();
  const qc = useQueryClient();
  const router = useRouter();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    push({
      type: "warning",
      header: reason === "expired" ? "Your role session has expired" : "Your role session was revoked",
      content: `The session for role ${roleName} ${reason === "expired" ? "has expired" : "was revoked by an administrator"}. You are now signed in as ${userName}.`,
    });
    void apiFetch("/api/console/switch-role", { method: "DELETE" }).finally(() => {
      qc.clear();
      router.refresh();
    });
  }, [push, qc, router, reason, roleName, userName]);
  return null;
}
