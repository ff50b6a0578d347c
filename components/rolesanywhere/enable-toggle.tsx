"use client";
// A resource page's Enable / Disable button: one action that flips the status, with a flash saying so.
import { Button } from "@/components/ui/button";
import { useFlashMutate } from "./flash-mutation";
import { useSetEnabled, type RaKind } from "./use-roles-anywhere";

export function EnableToggle({ kind, id, name, noun, enabled }: { kind: RaKind; id: string; name: string; noun: string; enabled: boolean }) {
  const toggle = useSetEnabled(kind, id);
  const flip = useFlashMutate(toggle);
  return (
    <Button loading={toggle.isPending} onClick={() => flip(!enabled, `${noun} ${name} ${enabled ? "disabled" : "enabled"}.`)}>
      {enabled ? "Disable" : "Enable"}
    </Button>
  );
}
