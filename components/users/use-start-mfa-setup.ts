"use client";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { VirtualMfaSetup } from "./types";

/** The "Set up device" step: a fresh seed and QR code for the named device; nothing is cached or stored. */
export function useStartMfaSetup(userName: string) {
  return useMutation({
    mutationFn: (deviceName: string) =>
      apiFetch<{ VirtualMFADevice: VirtualMfaSetup }>(`/api/console/users/${encodeURIComponent(userName)}/mfa/setup`, { body: { deviceName } }),
  });
}
