"use client";
// "Permissions boundary (not set)" / the set boundary with Change boundary and Remove boundary
// (console-spec §4.3) on the role and user pages. Setting or changing picks one managed policy from
// the catalog picker; the page supplies the set and remove mutations.
import Link from "next/link";
import { useState } from "react";
import { PolicyPicker } from "@/components/policies/policy-picker";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { PickedPolicy } from "./types";

interface Mutation<V> {
  mutateAsync: (v: V) => Promise<unknown>;
  isPending: boolean;
}

const policyName = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);

export function BoundarySection({
  entity,
  name,
  current,
  readOnly = false,
  description,
  set,
  remove,
}: {
  entity: "role" | "user";
  name: string;
  current?: string;
  /** Service-linked roles: the boundary cannot change. */
  readOnly?: boolean;
  description: string;
  set: Mutation<string>;
  remove: Mutation<void>;
}) {
  const { push } = useFlash();
  const [mode, setMode] = useState<"closed" | "set" | "remove">("closed");
  const [choice, setChoice] = useState<PickedPolicy[]>([]);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setMode("closed");
    setChoice([]);
    setError(null);
  }

  async function run(action: () => Promise<unknown>, message: string) {
    setError(null);
    try {
      await action();
      push({ type: "success", content: message });
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : "The permissions boundary could not be changed.");
    }
  }

  return (
    <Container
      title={current ? "Permissions boundary (set)" : "Permissions boundary (not set)"}
      description={description}
      actions={
        current ? (
          <>
            <Button disabled={readOnly} onClick={() => setMode("set")}>
              Change boundary
            </Button>
            <Button disabled={readOnly} onClick={() => setMode("remove")}>
              Remove boundary
            </Button>
          </>
        ) : (
          <Button disabled={readOnly} onClick={() => setMode("set")}>
            Set permissions boundary
          </Button>
        )
      }
    >
      {current && (
        <p data-testid="permissions-boundary">
          <Link href={`/iam/policies/details/${encodeURIComponent(current)}`}>{policyName(current)}</Link>{" "}
          <span className="font-mono text-xs text-aws-muted">{current}</span>
        </p>
      )}
      <Modal
        open={mode === "set"}
        onOpenChange={(o) => (o ? setMode("set") : close())}
        size="large"
        title={current ? "Change permissions boundary" : "Set permissions boundary"}
        footer={
          <>
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={choice.length !== 1}
              loading={set.isPending}
              onClick={() => void run(() => set.mutateAsync(choice[0].arn), `Permissions boundary ${choice[0].name} set for ${entity} ${name}.`)}
            >
              {current ? "Change boundary" : "Set boundary"}
            </Button>
          </>
        }
      >
        <PolicyPicker selectionType="single" selected={choice} onSelectedChange={setChoice} />
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      </Modal>
      <Modal
        open={mode === "remove"}
        onOpenChange={(o) => (o ? setMode("remove") : close())}
        title="Remove permissions boundary?"
        footer={
          <>
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button variant="primary" loading={remove.isPending} onClick={() => void run(() => remove.mutateAsync(), `Permissions boundary removed from ${entity} ${name}.`)}>
              Remove boundary
            </Button>
          </>
        }
      >
        <p>
          The {entity}&apos;s permissions will no longer be limited by {current && policyName(current)}.{entity === "role" ? " This applies the next time the role is assumed." : ""}
        </p>
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      </Modal>
    </Container>
  );
}
