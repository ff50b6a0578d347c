"use client";
// The "Add permissions" / "Attach policies" page body for a user or a group: the current policies,
// the catalog picker, and a footer that attaches the selection, then returns to the entity's page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { AttachedPolicy } from "@/components/users/types";
import { PolicyPicker } from "./policy-picker";
import type { PickedPolicy } from "./types";

export function PolicyPickerPage({
  heading,
  description,
  current,
  attach,
  backHref,
  submitLabel,
  successMessage,
}: {
  heading: string;
  description: string;
  current: UseQueryResult<{ AttachedPolicies: AttachedPolicy[] }>;
  attach: (policyArns: string[]) => Promise<unknown>;
  backHref: string;
  submitLabel: string;
  successMessage: (count: number) => string;
}) {
  const router = useRouter();
  const { push } = useFlash();
  const [selected, setSelected] = useState<PickedPolicy[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attachedArns = current.data?.AttachedPolicies.map((p) => p.PolicyArn) ?? [];

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await attach(selected.map((p) => p.arn));
      push({ type: "success", content: successMessage(selected.length) });
      router.push(backHref);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The policies could not be attached.");
      setBusy(false);
    }
  }

  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{heading}</h1>
      <p className="mb-4 text-aws-muted">{description}</p>
      <p className="mb-3 text-sm">
        Current permissions policies ({attachedArns.length}): {current.data?.AttachedPolicies.map((p) => p.PolicyName).join(", ") || "none"}
      </p>
      <PolicyPicker title="Other permissions policies" selected={selected} onSelectedChange={setSelected} attachedArns={attachedArns} />
      {error && <ErrorAlert className="mt-4">{error}</ErrorAlert>}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="link" onClick={() => router.push(backHref)}>
          Cancel
        </Button>
        <Button variant="primary" disabled={selected.length === 0} loading={busy} onClick={() => void submit()}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
