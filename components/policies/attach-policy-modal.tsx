"use client";
// "Attach policy": choose users, groups and roles to attach one policy to. Users and groups are few
// and filtered in the browser; roles can number thousands, so their search runs on the server.
// Entities that already have the policy are listed as attached and can't be chosen again.
import { useEffect, useState } from "react";
import { useGroups } from "@/components/groups/use-groups";
import { useRoles } from "@/components/roles/hooks/use-roles";
import { useUsers } from "@/components/users/use-users";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useChangePolicyAttachments } from "./hooks/use-change-policy-attachments";
import { usePolicyEntities } from "./hooks/use-policy-entities";
import type { AttachedEntity } from "./types";

const ROLE_MATCHES = 50;
const keyOf = (e: AttachedEntity) => `${e.Type}:${e.Name}`;

export function AttachPolicyModal({
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
    <Modal open={open} onOpenChange={onOpenChange} title={`Attach ${policy.PolicyName}`} size="large">
      <AttachBody policy={policy} close={() => onOpenChange(false)} onDone={onDone} />
    </Modal>
  );
}

function AttachBody({ policy, close, onDone }: { policy: { PolicyName: string; Arn: string }; close: () => void; onDone: (m: string) => void }) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    const t = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(t);
  }, [typed]);

  const users = useUsers();
  const groups = useGroups();
  const roles = useRoles({ search, page: 1, pageSize: ROLE_MATCHES });
  const current = usePolicyEntities(policy.Arn);
  const change = useChangePolicyAttachments(policy.Arn);

  const needle = search.toLowerCase();
  const matches = (name: string) => name.toLowerCase().includes(needle);
  const candidates: AttachedEntity[] = [
    ...(users.data?.Users ?? []).filter((u) => matches(u.UserName)).map((u) => ({ Name: u.UserName, Type: "User" as const })),
    ...(groups.data?.Groups ?? []).filter((g) => matches(g.GroupName)).map((g) => ({ Name: g.GroupName, Type: "Group" as const })),
    // Service-linked roles take only the policies AWS gives them.
    ...(roles.data?.Roles ?? []).filter((r) => !r.Path.startsWith("/aws-service-role/")).map((r) => ({ Name: r.RoleName, Type: "Role" as const })),
  ];
  const attached = new Set((current.data?.PermissionsPolicy ?? []).map(keyOf));
  const byKey = new Map(candidates.map((c) => [keyOf(c), c]));
  const loading = users.isPending || groups.isPending || roles.isPending;
  const failed = users.error ?? groups.error ?? roles.error;

  const columns: Column<AttachedEntity>[] = [
    { id: "name", header: "Entity name", cell: (e) => (attached.has(keyOf(e)) ? `${e.Name} (attached)` : e.Name) },
    { id: "type", header: "Entity type", cell: (e) => e.Type },
  ];

  return (
    <>
      <p className="mb-3 text-sm text-aws-muted">Choose the users, groups and roles to attach this policy to. You can attach up to 10 managed policies to each.</p>
      <input
        type="search"
        aria-label="Search entities"
        placeholder="Filter entities by name"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        className="mb-3 w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1"
      />
      {failed ? (
        <ErrorAlert>{failed.message}</ErrorAlert>
      ) : (
        <Table
          label="Entities"
          columns={columns}
          items={candidates}
          itemKey={keyOf}
          loading={loading}
          loadingText="Loading entities"
          selectionType="multi"
          selected={selected}
          onSelectedChange={(keys) => setSelected(keys.filter((k) => !attached.has(k)))}
          empty={<EmptyState title="No matches" description="No user, group or role matches the filter." />}
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
              { attach: selected.map((k) => byKey.get(k)).filter((e): e is AttachedEntity => !!e) },
              {
                onSuccess: (r) => {
                  close();
                  onDone(`Policy ${policy.PolicyName} attached to ${r.Attached.length === 1 ? r.Attached[0].Name : `${r.Attached.length} entities`}.`);
                },
              },
            )
          }
        >
          Attach policy
        </Button>
      </div>
    </>
  );
}
