"use client";
// "Add user to groups": choose from the account's groups (ListGroups); groups the user is already in
// are left out.
import { SelectItemsModal } from "@/components/ui/select-items-modal";
import { EmptyState, type Column } from "@/components/ui/table";
import { useGroups } from "@/components/groups/use-groups";
import type { GroupSummary } from "@/components/groups/types";
import { useAddUserToGroups } from "./use-add-user-to-groups";

const COLUMNS: Column<GroupSummary>[] = [
  { id: "name", header: "Group name", cell: (g) => g.GroupName },
  { id: "users", header: "Users", cell: (g) => g.UserCount },
];

export function AddUserToGroupsModal({
  userName,
  open,
  onOpenChange,
  memberOf,
}: {
  userName: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  memberOf: string[];
}) {
  const groups = useGroups();
  const add = useAddUserToGroups(userName);
  return (
    <SelectItemsModal
      open={open}
      onOpenChange={onOpenChange}
      title="Add user to groups"
      submitLabel="Add to groups"
      mutation={add}
      successMessage={(names) => `User ${userName} added to ${names.length === 1 ? `group ${names[0]}` : `${names.length} groups`}.`}
      query={groups}
      label="User groups"
      columns={COLUMNS}
      items={(groups.data?.Groups ?? []).filter((g) => !memberOf.includes(g.GroupName))}
      itemKey={(g) => g.GroupName}
      empty={<EmptyState title="No user groups" description="There are no other groups to add this user to." />}
    />
  );
}
