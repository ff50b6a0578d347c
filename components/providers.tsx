"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/lib/api/client";
import { SessionTabProvider } from "@/components/chrome/session-tab";

/** `sessionTab`: the multi-session session this tab's URL names (null: none, or single-session). */
export function Providers({ children, sessionTab = null }: { children: React.ReactNode; sessionTab?: string | null }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 10_000,
            // An AWS error (AccessDenied, NoSuchEntity…) is an answer, not a glitch: don't retry it.
            retry: (count, error) => !(error instanceof ApiError) && count < 2,
            refetchOnWindowFocus: false,
          },
        },
      }),
  );
  return (
    <SessionTabProvider id={sessionTab}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </SessionTabProvider>
  );
}
