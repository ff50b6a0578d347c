"use client";
// "User groups (N)": Group name, Users, Permissions (Defined / Not defined), Creation time; Delete
// with typed confirmation (the console removes members and policies first); Create group.
import Link from "next/link";
import { useState } from "react";
import { useFlash } from "@/components/ui/flashbar";
import { LinkButton } from "@/components/ui/link-button";
import { FilteredListPage } from "@/components/ui/filtered-list-page";
import type { Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { DeleteGroupModal } from "./delete-group-modal";
import { useGroups } from "./use-groups";
import type { GroupSummary } from "./types";

const COLUMNS: Column<GroupSummary>[] = [
  { id: "name", header: "Group name", sortingField: "GroupName", cell: (g) => <Link href={`/iam/groups/${encodeURIComponent(g.GroupName)}`}>{g.GroupName}</Link> },
  { id: "users", header: "Users", sortingField: "UserCount", cell: (g) => g.UserCount },
  { id: "permissions", header: "Permissions", sortingField: "PermissionsDefined", cell: (g) => (g.PermissionsDefined ? "Defined" : "Not defined") },
  { id: "created", header: "Creation time", sortingField: "CreateDate", cell: (g) => relativeTime(g.CreateDate) },
];

const EMPTY: GroupSummary[] = [];
const nameOf = (g: GroupSummary) => g.GroupName;

export function GroupsList() {
  const groups = useGroups();
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();
  const all = groups.data?.Groups ?? EMPTY;

  return (
    <>
      <FilteredListPage
        title="User groups"
        description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
        query={groups}
        items={all}
        nameOf={nameOf}
        columns={COLUMNS}
        searchLabel="Search user groups"
        loadingText="Loading user groups"
        selectionType="multi"
        selected={selected}
        onSelectedChange={setSelected}
        onDelete={() => setDeleting(true)}
        create={
          <LinkButton href="/iam/groups/create" variant="primary">
            Create group
          </LinkButton>
        }
      />
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
