"use client";
// "Users in this group (N)": Remove users and Add users (chosen from ListUsers, members left out).
import Link from "next/link";
import { useState } from "react";
import { MembershipPanel } from "@/components/ui/membership-panel";
import { SelectItemsModal } from "@/components/ui/select-items-modal";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { useUsers } from "@/components/users/use-users";
import type { User } from "@/components/users/types";
import { useAddUsersToGroup } from "./use-add-users-to-group";
import { useRemoveGroupMember } from "./use-remove-group-member";

const COLUMNS: Column<User>[] = [
  { id: "name", header: "User name", cell: (u) => <Link href={`/iam/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link> },
  { id: "created", header: "Creation time", cell: (u) => relativeTime(u.CreateDate) },
];

/** The members come with the group (GetGroup), so this table never waits on a query of its own. */
const LOADED = { isError: false, isPending: false, isSuccess: true, error: null };

export function GroupUsersTab({ groupName, users }: { groupName: string; users: User[] }) {
  const remove = useRemoveGroupMember(groupName);
  const [adding, setAdding] = useState(false);
  return (
    <MembershipPanel
      title="Users in this group"
      description="An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS."
      removeLabel="Remove users"
      addLabel="Add users"
      onAdd={() => setAdding(true)}
      removeOne={(name) => remove.mutateAsync(name)}
      removing={remove.isPending}
      removedMessage={(names) => `${names.length === 1 ? `User ${names[0]}` : `${names.length} users`} removed from group ${groupName}.`}
      failureMessage="The user could not be removed."
      query={LOADED}
      columns={COLUMNS}
      items={users}
      itemKey={(u) => u.UserName}
      empty={<EmptyState title="No resources to display" description="No users in this group." />}
    >
      <AddUsersModal groupName={groupName} open={adding} onOpenChange={setAdding} members={users.map((u) => u.UserName)} />
    </MembershipPanel>
  );
}

function AddUsersModal({ groupName, open, onOpenChange, members }: { groupName: string; open: boolean; onOpenChange: (o: boolean) => void; members: string[] }) {
  const all = useUsers();
  const add = useAddUsersToGroup(groupName);
  return (
    <SelectItemsModal
      open={open}
      onOpenChange={onOpenChange}
      title={`Add users to ${groupName}`}
      submitLabel="Add users"
      mutation={add}
      successMessage={(names) => `${names.length === 1 ? `User ${names[0]}` : `${names.length} users`} added to group ${groupName}.`}
      query={all}
      label="Other users"
      columns={COLUMNS}
      items={(all.data?.Users ?? []).filter((u) => !members.includes(u.UserName))}
      itemKey={(u) => u.UserName}
      empty={<EmptyState title="No other users" />}
    />
  );
}
