"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { useUsers } from "./use-users";
import { CreateUserModal } from "./create-user-modal";
import { DeleteUserModal } from "./delete-user-modal";
import type { User } from "./types";

const COLUMNS: Column<User>[] = [
  { id: "name", header: "User name", cell: (u) => <Link href={`/iam/users/${encodeURIComponent(u.UserName)}`}>{u.UserName}</Link> },
  { id: "path", header: "Path", cell: (u) => u.Path },
  { id: "signin", header: "Console last sign-in", cell: (u) => relativeTime(u.PasswordLastUsed) },
  { id: "arn", header: "ARN", cell: (u) => <span className="font-mono text-xs">{u.Arn}</span> },
  { id: "created", header: "Creation time", cell: (u) => relativeTime(u.CreateDate) },
];

export function UsersList() {
  const users = useUsers();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();

  const all = useMemo(() => users.data?.Users ?? [], [users.data]);
  const shown = useMemo(() => all.filter((u) => u.UserName.toLowerCase().includes(search.toLowerCase())), [all, search]);
  const counter = selected.length ? `(${selected.length}/${all.length})` : `(${all.length})`;

  return (
    <>
      <Container
        headingLevel={1}
        title="Users"
        counter={users.isSuccess ? counter : undefined}
        info
        description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
        actions={
          <>
            <Button variant="icon" aria-label="Refresh" onClick={() => users.refetch()}>
              ⟳
            </Button>
            <Button disabled={selected.length !== 1} onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create user
            </Button>
          </>
        }
      >
        {users.isError ? (
          <QueryError error={users.error} />
        ) : (
          <>
            <input
              type="search"
              aria-label="Search users"
              placeholder="Search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="mb-3 w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1"
            />
            <Table
              label="Users"
              columns={COLUMNS}
              items={shown}
              itemKey={(u) => u.UserName}
              loading={users.isPending}
              loadingText="Loading users"
              selectionType="multi"
              selected={selected}
              onSelectedChange={setSelected}
              empty={<EmptyState title="No resources to display" />}
            />
          </>
        )}
      </Container>
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
