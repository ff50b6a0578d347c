"use client";
// The user's "Groups" tab: "User groups membership (N)" with Remove and "Add user to groups".
import { useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { AddUserToGroupsModal } from "./add-user-to-groups-modal";
import { useRemoveUserFromGroup } from "./use-remove-user-from-group";
import { useUserGroups } from "./use-user-groups";
import type { GroupRef } from "./types";

const COLUMNS: Column<GroupRef>[] = [
  { id: "name", header: "Group name", cell: (g) => <Link href={`/iam/groups/${encodeURIComponent(g.GroupName)}`}>{g.GroupName}</Link> },
  { id: "created", header: "Creation time", cell: (g) => relativeTime(g.CreateDate) },
];

export function UserGroupsTab({ userName }: { userName: string }) {
  const groups = useUserGroups(userName);
  const remove = useRemoveUserFromGroup(userName);
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const { push } = useFlash();
  const items = groups.data?.Groups ?? [];

  async function removeSelected() {
    try {
      for (const g of selected) await remove.mutateAsync(g);
      push({ type: "success", content: `User ${userName} removed from ${selected.length === 1 ? `group ${selected[0]}` : `${selected.length} groups`}.` });
      setSelected([]);
    } catch (e) {
      push({ type: "error", content: e instanceof Error ? e.message : "The user could not be removed from the group." });
    }
  }

  return (
    <Container
      title="User groups membership"
      counter={groups.isSuccess ? `(${items.length})` : undefined}
      description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
      actions={
        <>
          <Button disabled={selected.length === 0} loading={remove.isPending} onClick={() => void removeSelected()}>
            Remove
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add user to groups
          </Button>
        </>
      }
    >
      <QueryTable
        query={groups}
        label="User groups membership"
        columns={COLUMNS}
        items={items}
        itemKey={(g) => g.GroupName}
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No resources to display" description="This user is not in any group." />}
      />
      <AddUserToGroupsModal userName={userName} open={adding} onOpenChange={setAdding} memberOf={items.map((g) => g.GroupName)} />
    </Container>
  );
}
