"use client";
// A resource page's Enable / Disable button: one action that flips the status, with a flash saying so.
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { useSetEnabled, type RaKind } from "./use-roles-anywhere";

export function EnableToggle({ kind, id, name, noun, enabled }: { kind: RaKind; id: string; name: string; noun: string; enabled: boolean }) {
  const toggle = useSetEnabled(kind, id);
  const { push } = useFlash();
  return (
    <Button
      loading={toggle.isPending}
      onClick={() =>
        toggle.mutate(!enabled, {
          onSuccess: () => push({ type: "success", content: `${noun} ${name} ${enabled ? "disabled" : "enabled"}.` }),
          onError: (e) => push({ type: "error", content: e.message }),
        })
      }
    >
      {enabled ? "Disable" : "Enable"}
    </Button>
  );
}
