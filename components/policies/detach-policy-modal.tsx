"use client";
// "Detach policy": choose among the users, groups and roles that have the policy attached.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useChangePolicyAttachments } from "./hooks/use-change-policy-attachments";
import { usePolicyEntities } from "./hooks/use-policy-entities";
import type { AttachedEntity } from "./types";

const keyOf = (e: AttachedEntity) => `${e.Type}:${e.Name}`;
const COLUMNS: Column<AttachedEntity>[] = [
  { id: "name", header: "Entity name", cell: (e) => e.Name },
  { id: "type", header: "Entity type", cell: (e) => e.Type },
];

export function DetachPolicyModal({
  policy,
  open,
  onOpenChange,
  onDone,
}: {
  policy: { PolicyName: string; Arn: string };
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDone: (message: string) => void;
}) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Detach ${policy.PolicyName}`}>
      <DetachBody policy={policy} close={() => onOpenChange(false)} onDone={onDone} />
    </Modal>
  );
}

function DetachBody({ policy, close, onDone }: { policy: { PolicyName: string; Arn: string }; close: () => void; onDone: (m: string) => void }) {
  const entities = usePolicyEntities(policy.Arn);
  const change = useChangePolicyAttachments(policy.Arn);
  const [selected, setSelected] = useState<string[]>([]);
  const items = entities.data?.PermissionsPolicy ?? [];
  const byKey = new Map(items.map((e) => [keyOf(e), e]));
  return (
    <>
      {entities.isError ? (
        <QueryError error={entities.error} />
      ) : (
        <Table
          label="Attached entities"
          columns={COLUMNS}
          items={items}
          itemKey={keyOf}
          loading={entities.isPending}
          loadingText="Loading entities"
          selectionType="multi"
          selected={selected}
          onSelectedChange={setSelected}
          empty={<EmptyState title="No entities attached" description="This policy is not attached to any entities." />}
        />
      )}
      {change.error && <ErrorAlert className="mt-3">{change.error.message}</ErrorAlert>}
      <div className="mt-4 flex justify-end gap-2 border-t border-aws-divider pt-3">
        <Button variant="link" onClick={close}>
          Cancel
        </Button>
        <Button
          variant="primary"
          disabled={selected.length === 0}
          loading={change.isPending}
          onClick={() =>
            change.mutate(
              { detach: selected.map((k) => byKey.get(k)).filter((e): e is AttachedEntity => !!e) },
              {
                onSuccess: (r) => {
                  close();
                  onDone(`Policy ${policy.PolicyName} detached from ${r.Detached.length === 1 ? r.Detached[0].Name : `${r.Detached.length} entities`}.`);
                },
              },
            )
          }
        >
          Detach policy
        </Button>
      </div>
    </>
  );
}
