"use client";
// Entities attached: who uses the policy as a permissions policy, and who as a permissions boundary.
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { AttachPolicyModal } from "./attach-policy-modal";
import { DetachPolicyModal } from "./detach-policy-modal";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { usePolicyEntities } from "./hooks/use-policy-entities";
import { entityKey, type AttachedEntity } from "./types";

const PAGE_OF: Record<AttachedEntity["Type"], string> = { User: "/iam/users/", Group: "/iam/groups/", Role: "/iam/roles/" };

const COLUMNS: Column<AttachedEntity>[] = [
  { id: "name", header: "Entity name", cell: (e) => <Link href={`${PAGE_OF[e.Type]}${encodeURIComponent(e.Name)}`}>{e.Name}</Link> },
  { id: "type", header: "Entity type", cell: (e) => e.Type },
];

export function PolicyEntitiesTab({ policy }: { policy: { PolicyName: string; Arn: string } }) {
  const entities = usePolicyEntities(policy.Arn);
  const { push } = useFlash();
  const [dialog, setDialog] = useState<"attach" | "detach" | null>(null);
  const done = (content: string) => push({ type: "success", content });
  if (entities.isError) return <QueryError error={entities.error} />;
  const asPolicy = entities.data?.PermissionsPolicy ?? [];
  const asBoundary = entities.data?.PermissionsBoundary ?? [];
  return (
    <div className="flex flex-col gap-6">
      <EntitiesContainer
        title="Entities attached"
        items={asPolicy}
        pending={entities.isPending}
        description="An entity is an IAM user, group or role that has this policy attached as a permissions policy."
        empty={<EmptyState title="No entities attached" description="This policy is not attached to any entities." />}
        actions={
          <>
            <Button disabled={asPolicy.length === 0} onClick={() => setDialog("detach")}>
              Detach
            </Button>
            <Button onClick={() => setDialog("attach")}>Attach</Button>
          </>
        }
      />
      <EntitiesContainer
        title="Attached as a permissions boundary"
        items={asBoundary}
        pending={entities.isPending}
        description="Users and roles whose maximum permissions this policy sets."
        empty={<EmptyState title="Not set as a permissions boundary" description="No user or role uses this policy as its permissions boundary." />}
      />
      <AttachPolicyModal policy={policy} open={dialog === "attach"} onOpenChange={(o) => setDialog(o ? "attach" : null)} onDone={done} />
      <DetachPolicyModal policy={policy} open={dialog === "detach"} onOpenChange={(o) => setDialog(o ? "detach" : null)} onDone={done} />
    </div>
  );
}

/** A titled, counted table of entities; the table is named after its container. */
function EntitiesContainer({
  title,
  items,
  pending,
  description,
  empty,
  actions,
}: {
  title: string;
  items: AttachedEntity[];
  pending: boolean;
  description: string;
  empty: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <Container title={title} counter={pending ? undefined : `(${items.length})`} description={description} actions={actions}>
      <Table label={title} columns={COLUMNS} items={items} itemKey={entityKey} loading={pending} loadingText="Loading entities" empty={empty} />
    </Container>
  );
}
