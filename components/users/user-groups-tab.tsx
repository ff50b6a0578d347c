"use client";
// The user's "Groups" tab: "User groups membership (N)" with Remove and "Add user to groups".
import { useState } from "react";
import Link from "next/link";
import { MembershipPanel } from "@/components/ui/membership-panel";
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
  const [adding, setAdding] = useState(false);
  const items = groups.data?.Groups ?? [];
  return (
    <MembershipPanel
      title="User groups membership"
      description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
      removeLabel="Remove"
      addLabel="Add user to groups"
      onAdd={() => setAdding(true)}
      removeOne={(name) => remove.mutateAsync(name)}
      removing={remove.isPending}
      removedMessage={(names) => `User ${userName} removed from ${names.length === 1 ? `group ${names[0]}` : `${names.length} groups`}.`}
      failureMessage="The user could not be removed from the group."
      query={groups}
      columns={COLUMNS}
      items={items}
      itemKey={(g) => g.GroupName}
      empty={<EmptyState title="No resources to display" description="This user is not in any group." />}
    >
      <AddUserToGroupsModal userName={userName} open={adding} onOpenChange={setAdding} memberOf={items.map((g) => g.GroupName)} />
    </MembershipPanel>
  );
}
