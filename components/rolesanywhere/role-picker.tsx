"use client";
// The profile form's Roles: the account's roles with whether each one's trust policy lets Roles
// Anywhere assume it, searched by name, several chosen (a profile names up to 50 roles).
import { useState } from "react";
import { QueryError } from "@/components/ui/access-denied-alert";
import { SearchInput } from "@/components/ui/search-input";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { useClientSearch } from "@/components/ui/use-client-search";
import { RoleTrustStatus } from "./role-trust-status";
import type { RoleChoice } from "./types";
import { useRoleChoices } from "./use-roles-anywhere";

export const MAX_PROFILE_ROLES = 50;

const COLUMNS: Column<RoleChoice>[] = [
  { id: "name", header: "Role name", cell: (r) => r.RoleName },
  { id: "trust", header: "Roles Anywhere trust", cell: (r) => <RoleTrustStatus role={r} /> },
];

const EMPTY: RoleChoice[] = [];
const nameOf = (r: RoleChoice) => r.RoleName;

export function RolePicker({ selected, onChange, error }: { selected: string[]; onChange: (arns: string[]) => void; error?: string | null }) {
  const roles = useRoleChoices();
  const all = roles.data?.roles ?? EMPTY;
  const { search, setSearch, shown } = useClientSearch(all, nameOf);
  const [onlyTrusting, setOnlyTrusting] = useState(false);
  const items = onlyTrusting ? shown.filter((r) => r.trustsRolesAnywhere) : shown;
  if (roles.isError) return <QueryError error={roles.error} />;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <SearchInput label="Search roles" value={search} onChange={setSearch} />
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyTrusting} onChange={(e) => setOnlyTrusting(e.target.checked)} />
          Only roles that trust Roles Anywhere
        </label>
        <span className="text-sm text-aws-muted" aria-live="polite">
          {selected.length} selected
        </span>
      </div>
      <Table
        label="Roles"
        columns={COLUMNS}
        items={items}
        itemKey={(r) => r.Arn}
        loading={roles.isPending}
        loadingText="Loading roles"
        selectionType="multi"
        selected={selected}
        onSelectedChange={onChange}
        empty={<EmptyState title="No roles" description="No roles match." />}
      />
      {error && <div className="mt-1 text-sm text-aws-red">{error}</div>}
    </div>
  );
}
