"use client";
// "Attach policy": choose users, groups and roles to attach one policy to. Users and groups are few
// and filtered in the browser; roles can number thousands, so their search runs on the server.
// Entities that already have the policy are listed as attached and can't be chosen again.
import { useState } from "react";
import { useGroups } from "@/components/groups/use-groups";
import { useRoles } from "@/components/roles/hooks/use-roles";
import { useUsers } from "@/components/users/use-users";
import { Modal } from "@/components/ui/modal";
import { QueryTable } from "@/components/ui/query-table";
import { SearchInput } from "@/components/ui/search-input";
import { EmptyState, type Column } from "@/components/ui/table";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { ChangeAttachmentsFooter, type PolicyModalBodyProps, type PolicyModalProps } from "./change-attachments-footer";
import { usePolicyEntities } from "./hooks/use-policy-entities";
import { entityKey, type AttachedEntity } from "./types";

const ROLE_MATCHES = 50;
// Waits for typing to pause before the roles search reaches the server.
const SEARCH_DEBOUNCE_MS = 200;

export function AttachPolicyModal({ policy, open, onOpenChange, onDone }: PolicyModalProps) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Attach ${policy.PolicyName}`} size="large">
      <AttachBody policy={policy} close={() => onOpenChange(false)} onDone={onDone} />
    </Modal>
  );
}

function AttachBody({ policy, close, onDone }: PolicyModalBodyProps) {
  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => {});
  const [selected, setSelected] = useState<string[]>([]);

  const users = useUsers();
  const groups = useGroups();
  const roles = useRoles({ search, page: 1, pageSize: ROLE_MATCHES });
  const current = usePolicyEntities(policy.Arn);

  const needle = search.toLowerCase();
  const matches = (name: string) => name.toLowerCase().includes(needle);
  const candidates: AttachedEntity[] = [
    ...(users.data?.Users ?? []).filter((u) => matches(u.UserName)).map((u) => ({ Name: u.UserName, Type: "User" as const })),
    ...(groups.data?.Groups ?? []).filter((g) => matches(g.GroupName)).map((g) => ({ Name: g.GroupName, Type: "Group" as const })),
    // Service-linked roles take only the policies AWS gives them.
    ...(roles.data?.Roles ?? []).filter((r) => !r.Path.startsWith("/aws-service-role/")).map((r) => ({ Name: r.RoleName, Type: "Role" as const })),
  ];
  const attached = new Set((current.data?.PermissionsPolicy ?? []).map(entityKey));
  const failed = users.error ?? groups.error ?? roles.error;
  const loading = { isError: !!failed, error: failed, isPending: users.isPending || groups.isPending || roles.isPending };

  const columns: Column<AttachedEntity>[] = [
    { id: "name", header: "Entity name", cell: (e) => (attached.has(entityKey(e)) ? `${e.Name} (attached)` : e.Name) },
    { id: "type", header: "Entity type", cell: (e) => e.Type },
  ];

  return (
    <>
      <p className="mb-3 text-sm text-aws-muted">Choose the users, groups and roles to attach this policy to. You can attach up to 10 managed policies to each.</p>
      <div className="mb-3">
        <SearchInput label="Search entities" placeholder="Filter entities by name" value={typed} onChange={setTyped} />
      </div>
      <QueryTable
        query={loading}
        label="Entities"
        columns={columns}
        items={candidates}
        itemKey={entityKey}
        loadingText="Loading entities"
        selectionType="multi"
        selected={selected}
        onSelectedChange={(keys) => setSelected(keys.filter((k) => !attached.has(k)))}
        empty={<EmptyState title="No matches" description="No user, group or role matches the filter." />}
      />
      <ChangeAttachmentsFooter policy={policy} mode="attach" chosen={candidates.filter((e) => selected.includes(entityKey(e)))} close={close} onDone={onDone} />
    </>
  );
}
