"use client";
// "Add user to groups": choose from the account's groups (ListGroups); groups the user is already in
// are left out.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";
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
  const [selected, setSelected] = useState<string[]>([]);
  const { push } = useFlash();
  const items = (groups.data?.Groups ?? []).filter((g) => !memberOf.includes(g.GroupName));

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
      title="Add user to groups"
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
                  push({ type: "success", content: `User ${userName} added to ${selected.length === 1 ? `group ${selected[0]}` : `${selected.length} groups`}.` });
                  close(false);
                },
              })
            }
          >
            Add to groups
          </Button>
        </>
      }
    >
      <QueryTable
        query={groups}
        label="User groups"
        columns={COLUMNS}
        items={items}
        itemKey={(g) => g.GroupName}
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No user groups" description="There are no other groups to add this user to." />}
      />
      {add.error && <ErrorAlert className="mt-3">{add.error.message}</ErrorAlert>}
    </Modal>
  );
}
