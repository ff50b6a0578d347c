"use client";
// IAM > Roles (console-spec §2): "Roles (N)" / "(k/N)", server-side search (debounced) with
// "N matches", page-numbered paging, gear preferences, multi-select Delete and Create role.
// Only the visible page is fetched, so the page stays quick with thousands of roles.
import { useMemo, useState } from "react";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { LinkButton } from "@/components/ui/link-button";
import { ListPage, listCounter } from "@/components/ui/list-page";
import { Pagination } from "@/components/ui/pagination";
import { MatchCount, SearchInput } from "@/components/ui/search-input";
import type { SortingState } from "@/components/ui/sorting";
import { EmptyState, Table } from "@/components/ui/table";
import { useRoles } from "../hooks/use-roles";
import type { DeleteRolesOutcome } from "../hooks/use-delete-roles";
import { ROLE_TABLE_COLUMNS } from "./columns";
import { DeleteRolesModal } from "./delete-roles-modal";
import { DeletionTaskFlash } from "./deletion-task-flash";
import { PreferencesModal } from "./preferences-modal";
import type { RoleRow } from "./types";
import { ROLE_COLUMNS, useListPreferences } from "./use-list-preferences";

// Long enough to skip the intermediate keystrokes of a typed word, short enough to feel live.
const SEARCH_DEBOUNCE_MS = 200;

export function RolesList() {
  const { prefs, ready, save } = useListPreferences();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, RoleRow>>(new Map());
  const [deleting, setDeleting] = useState(false);
  const [prefsOpen, setPrefsOpen] = useState(false);
  // Sorted by the server over every role (the table holds one page), Role name ascending at first.
  const [sorting, setSorting] = useState<SortingState>({ field: "RoleName", descending: false });
  const { push } = useFlash();

  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => setPage(1));

  const roles = useRoles({ search, page, pageSize: prefs.pageSize, sorting }, ready);
  // The header counts every role; while searching, one extra tiny page gives the unfiltered total.
  const unfiltered = useRoles({ search: "", page: 1, pageSize: 1 }, ready && search !== "");
  const total = search ? unfiltered.data?.Total : roles.data?.Total;
  const matches = roles.data?.Total ?? 0;
  const items = roles.data?.Roles ?? [];
  const pageCount = Math.max(1, Math.ceil(matches / prefs.pageSize));
  const columns = useMemo(
    () => ROLE_COLUMNS.filter((c) => prefs.visible.includes(c.id)).map((c) => ROLE_TABLE_COLUMNS[c.id]),
    [prefs.visible],
  );

  function onDeleted(outcome: DeleteRolesOutcome) {
    const gone = new Set([...outcome.deleted, ...outcome.started.map((s) => s.roleName)]);
    setSelected((s) => new Map([...s].filter(([k]) => !gone.has(k))));
    if (outcome.deleted.length === 1) push({ type: "success", content: `Role ${outcome.deleted[0]} deleted.` });
    else if (outcome.deleted.length > 1) push({ type: "success", content: `${outcome.deleted.length} roles deleted.` });
    for (const s of outcome.started) push({ type: "info", content: <DeletionTaskFlash roleName={s.roleName} taskId={s.taskId} /> });
  }

  return (
    <>
      <ListPage
        title="Roles"
        counter={listCounter(total, selected.size)}
        description="An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust."
        query={roles}
        refreshLabel="Refresh roles"
        actions={
          <>
            <Button disabled={selected.size === 0} onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <LinkButton href="/iam/roles/create" variant="primary">
              Create role
            </LinkButton>
          </>
        }
        toolbar={
          <>
            <SearchInput label="Search roles" value={typed} onChange={setTyped} />
            {search && roles.data && <MatchCount count={matches} />}
            <div className="ml-auto flex items-center gap-2">
              <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} onChange={setPage} />
              <Button variant="icon" aria-label="Preferences" onClick={() => setPrefsOpen(true)}>
                ⚙
              </Button>
            </div>
          </>
        }
      >
        <Table
          label="Roles"
          columns={columns}
          items={items}
          itemKey={(r) => r.RoleName}
          loading={!roles.data}
          loadingText="Loading roles"
          selectionType="multi"
          selected={[...selected.keys()]}
          onSelectedChange={(keys) => {
            const next = new Map<string, RoleRow>();
            const onPage = new Map(items.map((r) => [r.RoleName, r]));
            for (const k of keys) {
              const row = onPage.get(k) ?? selected.get(k);
              if (row) next.set(k, row);
            }
            // Selections on other pages survive paging; only this page's boxes changed.
            for (const [k, row] of selected) if (!onPage.has(k)) next.set(k, row);
            setSelected(next);
          }}
          firstIndex={(page - 1) * prefs.pageSize + 1}
          totalCount={matches}
          sorting={sorting}
          onSortingChange={(next) => {
            setSorting(next);
            setPage(1);
          }}
          empty={
            search ? (
              <EmptyState title="No matches" description="We can't find a match." />
            ) : (
              <EmptyState title="No roles" description="No roles to display." />
            )
          }
        />
      </ListPage>
      {/* Mounted only while open, so its draft always starts from the saved preferences. */}
      {prefsOpen && (
        <PreferencesModal
          open
          onOpenChange={setPrefsOpen}
          value={prefs}
          onConfirm={(p) => {
            save(p);
            setPage(1);
          }}
        />
      )}
      {selected.size > 0 && (
        <DeleteRolesModal roles={[...selected.values()]} open={deleting} onOpenChange={setDeleting} onDone={onDeleted} />
      )}
    </>
  );
}
