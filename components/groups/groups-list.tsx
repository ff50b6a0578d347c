"use client";
// "User groups (N)": Group name, Users, Permissions (Defined / Not defined), Creation time; Delete
// with typed confirmation (the console removes members and policies first); Create group.
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { DeleteGroupModal } from "./delete-group-modal";
import { useGroups } from "./use-groups";
import type { GroupSummary } from "./types";

const COLUMNS: Column<GroupSummary>[] = [
  { id: "name", header: "Group name", cell: (g) => <Link href={`/iam/groups/${encodeURIComponent(g.GroupName)}`}>{g.GroupName}</Link> },
  { id: "users", header: "Users", cell: (g) => g.UserCount },
  { id: "permissions", header: "Permissions", cell: (g) => (g.PermissionsDefined ? "Defined" : "Not defined") },
  { id: "created", header: "Creation time", cell: (g) => relativeTime(g.CreateDate) },
];

export function GroupsList() {
  const groups = useGroups();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();
  const all = useMemo(() => groups.data?.Groups ?? [], [groups.data]);
  const shown = useMemo(() => all.filter((g) => g.GroupName.toLowerCase().includes(search.toLowerCase())), [all, search]);
  const counter = selected.length ? `(${selected.length}/${all.length})` : `(${all.length})`;

  return (
    <>
      <Container
        headingLevel={1}
        title="User groups"
        counter={groups.isSuccess ? counter : undefined}
        info
        description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
        actions={
          <>
            <Button variant="icon" aria-label="Refresh" onClick={() => groups.refetch()}>
              ⟳
            </Button>
            <Button disabled={selected.length !== 1} onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <Link href="/iam/groups/create" className="rounded-full bg-aws-blue px-5 py-1 text-sm font-bold text-white hover:bg-aws-blue-dark hover:text-white">
              Create group
            </Link>
          </>
        }
      >
        {groups.isError ? (
          <QueryError error={groups.error} />
        ) : (
          <>
            <input
              type="search"
              aria-label="Search user groups"
              placeholder="Search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="mb-3 w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1"
            />
            <Table
              label="User groups"
              columns={COLUMNS}
              items={shown}
              itemKey={(g) => g.GroupName}
              loading={groups.isPending}
              loadingText="Loading user groups"
              selectionType="multi"
              selected={selected}
              onSelectedChange={setSelected}
              empty={<EmptyState title="No resources to display" />}
            />
          </>
        )}
      </Container>
      {selected[0] && (
        <DeleteGroupModal
          groupName={selected[0]}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            setSelected([]);
            push({ type: "success", content: `User group ${name} deleted.` });
          }}
        />
      )}
    </>
  );
}
