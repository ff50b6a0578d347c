"use client";
// "Join a sandbox" (training spec §6, classroom scripts): the one-time code a classroom script or the
// instructor handed out; this browser becomes the sandbox's owner. /sandboxes shows it beside "Start a
// new sandbox"; /sandboxes/join?code=… shows it filled in (never redeemed by merely opening the link:
// a link preview or prefetch must not spend the code).
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { SandboxCredentials } from "@/lib/sandbox/provision";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./fetch-json";

export function JoinForm({ initialCode = "", onJoined }: { initialCode?: string; onJoined: (sandbox: SandboxCredentials) => void }) {
  const [code, setCode] = useState(initialCode);
  const join = useMutation({
    mutationFn: () => sendJson<{ sandbox: SandboxCredentials }>("/api/sandboxes/join", { code }),
    onSuccess: ({ sandbox }) => onJoined(sandbox),
  });
  return (
    <form
      aria-label="Join a sandbox"
      className="rounded-lg border border-aws-divider p-4"
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate();
      }}
    >
      <h2 className="mb-2 text-lg font-bold">Join a sandbox</h2>
      <TextField
        label="Join code"
        value={code}
        onChange={setCode}
        description="The code your instructor gave you, like ABCD-EFGH-JKMN-PQRS. It works once, for 7 days."
        autoComplete="off"
        spellCheck={false}
        className="mb-3 max-w-sm"
      />
      <Button type="submit" variant="normal" loading={join.isPending} disabled={code.trim() === ""}>
        Join sandbox
      </Button>
      {join.error && <ErrorAlert className="mt-3">{join.error.message}</ErrorAlert>}
    </form>
  );
}
