"use client";
// "Permissions policies (N)" for a user or a group: the attached managed policies with Type and
// Attached entities, Remove (confirmed) and Add permissions. Shared by the user and group pages.
import Link from "next/link";
import { useState } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { AttachedPolicy } from "./types";

/** AWS's default managed-policy quota for users and groups. */
const QUOTA = 10;

const COLUMNS: Column<AttachedPolicy>[] = [
  { id: "name", header: "Policy name", cell: (p) => p.PolicyName },
  { id: "type", header: "Type", cell: (p) => p.Type },
  { id: "entities", header: "Attached entities", cell: (p) => p.AttachmentCount },
];

export function AttachedPoliciesPanel({
  policies,
  detach,
  addHref,
  addLabel = "Add permissions",
}: {
  policies: UseQueryResult<{ AttachedPolicies: AttachedPolicy[] }>;
  detach: (policyArn: string) => Promise<unknown>;
  addHref: string;
  addLabel?: string;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { push } = useFlash();
  const items = policies.data?.AttachedPolicies ?? [];
  const chosen = items.filter((p) => selected.includes(p.PolicyArn));

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      for (const p of chosen) await detach(p.PolicyArn);
      push({ type: "success", content: chosen.length === 1 ? `Policy ${chosen[0].PolicyName} removed.` : `${chosen.length} policies removed.` });
      setSelected([]);
      setConfirming(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The policy could not be removed.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container
      title="Permissions policies"
      counter={policies.isSuccess ? `(${items.length})` : undefined}
      info
      description={`You can attach up to ${QUOTA} managed policies.`}
      actions={
        <>
          <Button variant="icon" aria-label="Refresh permissions policies" onClick={() => policies.refetch()}>
            ⟳
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
            Remove
          </Button>
          <Link href={addHref} className="rounded-full bg-aws-blue px-5 py-1 text-sm font-bold text-white hover:bg-aws-blue-dark hover:text-white">
            {addLabel}
          </Link>
        </>
      }
    >
      {policies.isError ? (
        <QueryError error={policies.error} />
      ) : (
        <Table
          label="Permissions policies"
          columns={COLUMNS}
          items={items}
          itemKey={(p) => p.PolicyArn}
          loading={policies.isPending}
          loadingText="Loading policies"
          selectionType="multi"
          selected={selected}
          onSelectedChange={setSelected}
          empty={<EmptyState title="No resources to display" />}
        />
      )}
      <Modal
        open={confirming}
        onOpenChange={(o) => {
          setConfirming(o);
          setError(null);
        }}
        title={chosen.length === 1 ? `Remove ${chosen[0].PolicyName}?` : `Remove ${chosen.length} policies?`}
        footer={
          <>
            <Button variant="link" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void remove()}>
              Remove policy
            </Button>
          </>
        }
      >
        <p>The selected policies are detached. Access they granted stops immediately.</p>
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      </Modal>
    </Container>
  );
}
