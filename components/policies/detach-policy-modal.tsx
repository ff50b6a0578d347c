"use client";
// "Detach policy": choose among the users, groups and roles that have the policy attached.
import { useState } from "react";
import { Modal } from "@/components/ui/modal";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { ChangeAttachmentsFooter, type PolicyModalBodyProps, type PolicyModalProps } from "./change-attachments-footer";
import { usePolicyEntities } from "./hooks/use-policy-entities";
import { entityKey, type AttachedEntity } from "./types";

const COLUMNS: Column<AttachedEntity>[] = [
  { id: "name", header: "Entity name", cell: (e) => e.Name },
  { id: "type", header: "Entity type", cell: (e) => e.Type },
];

export function DetachPolicyModal({ policy, open, onOpenChange, onDone }: PolicyModalProps) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Detach ${policy.PolicyName}`}>
      <DetachBody policy={policy} close={() => onOpenChange(false)} onDone={onDone} />
    </Modal>
  );
}

function DetachBody({ policy, close, onDone }: PolicyModalBodyProps) {
  const entities = usePolicyEntities(policy.Arn);
  const [selected, setSelected] = useState<string[]>([]);
  const items = entities.data?.PermissionsPolicy ?? [];
  return (
    <>
      <QueryTable
        query={entities}
        label="Attached entities"
        columns={COLUMNS}
        items={items}
        itemKey={entityKey}
        loadingText="Loading entities"
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No entities attached" description="This policy is not attached to any entities." />}
      />
      <ChangeAttachmentsFooter policy={policy} mode="detach" chosen={items.filter((e) => selected.includes(entityKey(e)))} close={close} onDone={onDone} />
    </>
  );
}
