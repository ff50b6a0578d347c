"use client";
// "Users in this group (N)": Remove users and Add users (chosen from ListUsers, members left out).
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useUsers } from "@/components/users/use-users";
import type { User } from "@/components/users/types";
import { useAddUsersToGroup } from "./use-add-users-to-group";
import { useRemoveGroupMember } from "./use-remove-group-member";

const COLUMNS: Column<User>[] = [
  { id: "name", header: "User name", cell: (u) => <Link href={`/iam/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link> },
  { id: "created", header: "Creation time", cell: (u) => relativeTime(u.CreateDate) },
];

export function GroupUsersTab({ groupName, users }: { groupName: string; users: User[] }) {
  const remove = useRemoveGroupMember(groupName);
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const { push } = useFlash();

  async function removeSelected() {
    try {
      for (const u of selected) await remove.mutateAsync(u);
      push({ type: "success", content: `${selected.length === 1 ? `User ${selected[0]}` : `${selected.length} users`} removed from group ${groupName}.` });
      setSelected([]);
    } catch (e) {
      push({ type: "error", content: e instanceof Error ? e.message : "The user could not be removed." });
    }
  }

  return (
    <Container
      title="Users in this group"
      counter={`(${users.length})`}
      description="An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS."
      actions={
        <>
          <Button disabled={selected.length === 0} loading={remove.isPending} onClick={() => void removeSelected()}>
            Remove users
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add users
          </Button>
        </>
      }
    >
      <Table
        label="Users in this group"
        columns={COLUMNS}
        items={users}
        itemKey={(u) => u.UserName}
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No resources to display" description="No users in this group." />}
      />
      <AddUsersModal groupName={groupName} open={adding} onOpenChange={setAdding} members={users.map((u) => u.UserName)} />
    </Container>
  );
}

function AddUsersModal({ groupName, open, onOpenChange, members }: { groupName: string; open: boolean; onOpenChange: (o: boolean) => void; members: string[] }) {
  const all = useUsers();
  const add = useAddUsersToGroup(groupName);
  const [selected, setSelected] = useState<string[]>([]);
  const { push } = useFlash();
  const items = (all.data?.Users ?? []).filter((u) => !members.includes(u.UserName));
  const close = (o: boolean) => {
    setSelected([]);
    add.reset();
    onOpenChange(o);
  };
  return (
    <Modal
      open={open}
      onOpenChange={close}
      size="large"
      title={`Add users to ${groupName}`}
      footer={
        <>
          <Button variant="link" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={selected.length === 0}
            loading={add.isPending}
            onClick={() =>
              add.mutate(selected, {
                onSuccess: () => {
                  push({ type: "success", content: `${selected.length === 1 ? `User ${selected[0]}` : `${selected.length} users`} added to group ${groupName}.` });
                  close(false);
                },
              })
            }
          >
            Add users
          </Button>
        </>
      }
    >
      <QueryTable
        query={all}
        label="Other users"
        columns={COLUMNS}
        items={items}
        itemKey={(u) => u.UserName}
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No other users" />}
      />
      {add.error && <ErrorAlert className="mt-3">{add.error.message}</ErrorAlert>}
    </Modal>
  );
}
