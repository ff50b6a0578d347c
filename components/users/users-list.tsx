"use client";
// "Users (N)": User name, Path, Console last sign-in, ARN, Creation time; Delete with typed
// confirmation; Create user in a modal.
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { FilteredListPage } from "@/components/ui/filtered-list-page";
import type { Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { useUsers } from "./use-users";
import { CreateUserModal } from "./create-user-modal";
import { DeleteUserModal } from "./delete-user-modal";
import type { User } from "./types";

const COLUMNS: Column<User>[] = [
  { id: "name", header: "User name", sortingField: "UserName", cell: (u) => <Link href={`/iam/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link> },
  { id: "path", header: "Path", sortingField: "Path", cell: (u) => u.Path },
  { id: "signin", header: "Console last sign-in", sortingField: "PasswordLastUsed", cell: (u) => relativeTime(u.PasswordLastUsed) },
  { id: "arn", header: "ARN", sortingField: "Arn", cell: (u) => <span className="font-mono text-xs">{u.Arn}</span> },
  { id: "created", header: "Creation time", sortingField: "CreateDate", cell: (u) => relativeTime(u.CreateDate) },
];

const EMPTY: User[] = [];
const nameOf = (u: User) => u.UserName;

export function UsersList() {
  const users = useUsers();
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();
  const all = users.data?.Users ?? EMPTY;

  return (
    <>
      <FilteredListPage
        title="Users"
        description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
        query={users}
        items={all}
        nameOf={nameOf}
        columns={COLUMNS}
        searchLabel="Search users"
        loadingText="Loading users"
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        onDelete={() => setDeleting(true)}
        create={
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create user
          </Button>
        }
      />
      <CreateUserModal
        open={creating}
        onOpenChange={setCreating}
        onCreated={(name) => push({ type: "success", content: `User ${name} created.` })}
      />
      {selected[0] && (
        <DeleteUserModal
          userName={selected[0]}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            setSelected([]);
            push({ type: "success", content: `User ${name} deleted.` });
          }}
        />
      )}
    </>
  );
}
