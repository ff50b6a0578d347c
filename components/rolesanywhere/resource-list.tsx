"use client";
// The trust anchor and profile tables (on the Roles Anywhere home and on their own pages): name
// search in the browser, one selected row that Enable, Disable and Delete act on, and the create
// button — the actions AWS's Roles Anywhere tables offer.
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { ListPage, listCounter } from "@/components/ui/list-page";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { SearchInput } from "@/components/ui/search-input";
import { sortItems, type SortingState } from "@/components/ui/sorting";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { useClientSearch } from "@/components/ui/use-client-search";
import { DeleteResourceModal } from "./delete-resource-modal";
import { useFlashMutate } from "./flash-mutation";
import { useSetEnabled, type RaKind } from "./use-roles-anywhere";

interface Item {
  name: string;
  enabled: boolean;
}

const nameOf = (i: Item) => i.name;

export function ResourceList<T extends Item>({
  kind,
  title,
  noun,
  description,
  query,
  items,
  idOf,
  columns,
  create,
  topic,
  pageHeading,
}: {
  kind: RaKind;
  title: string;
  /** "trust anchor": the search label and the flash messages name it. */
  noun: string;
  description: string;
  query: { isError: boolean; error: unknown; isPending: boolean; isSuccess: boolean; refetch: () => unknown };
  items: T[];
  idOf: (item: T) => string;
  columns: Column<T>[];
  create: React.ReactNode;
  /** The help topic the section's Info link opens on the home page. */
  topic: string;
  /** The page's h1 (its own list page) rather than one section of the home page. */
  pageHeading?: boolean;
}) {
  const { push } = useFlash();
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const { search, setSearch, shown } = useClientSearch<Item>(items, nameOf);
  const [sorting, setSorting] = useState<SortingState | undefined>({ field: "name", descending: false });
  const sorted = useMemo(() => sortItems(shown as T[], sorting), [shown, sorting]);
  const target = items.find((i) => idOf(i) === selected[0]);
  const toggle = useSetEnabled(kind, target ? idOf(target) : "");
  const flip = useFlashMutate(toggle);

  const setEnabled = (enabled: boolean) => target && flip(enabled, `${capitalize(noun)} ${target.name} ${enabled ? "enabled" : "disabled"}.`);

  const actions = (
    <>
      <Button disabled={!target || target.enabled} loading={toggle.isPending && toggle.variables === true} onClick={() => setEnabled(true)}>
        Enable
      </Button>
      <Button disabled={!target || !target.enabled} loading={toggle.isPending && toggle.variables === false} onClick={() => setEnabled(false)}>
        Disable
      </Button>
      <Button disabled={!target} onClick={() => setDeleting(true)}>
        Delete
      </Button>
      {create}
    </>
  );
  const table = (
    <Table
      label={title}
      columns={columns}
      items={sorted}
      itemKey={idOf}
      sorting={sorting}
      onSortingChange={setSorting}
      loading={query.isPending}
      loadingText={`Loading ${title.toLowerCase()}`}
      selectionType="single"
      selected={selected}
      onSelectedChange={setSelected}
      empty={<EmptyState title={`No ${title.toLowerCase()}`} description={`No ${title.toLowerCase()} to display.`} />}
    />
  );
  const toolbar = <SearchInput label={`Search ${title.toLowerCase()}`} value={search} onChange={setSearch} />;

  return (
    <>
      {pageHeading ? (
        <ListPage title={title} counter={query.isSuccess ? listCounter(items.length) : undefined} description={description} query={query} actions={actions} toolbar={toolbar}>
          {table}
        </ListPage>
      ) : (
        <Container title={title} info={topic} counter={query.isSuccess ? listCounter(items.length) : undefined} description={description} actions={actions}>
          {query.isError ? (
            <QueryError error={query.error} />
          ) : (
            <>
              <div className="mb-3">{toolbar}</div>
              {table}
            </>
          )}
        </Container>
      )}
      {target && (
        <DeleteResourceModal
          kind={kind}
          id={idOf(target)}
          name={target.name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            setSelected([]);
            push({ type: "success", content: `${capitalize(noun)} ${name} deleted.` });
          }}
        />
      )}
    </>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
