"use client";
// A list page over a list IAM returns whole (users, groups, identity providers): the shared header,
// a search box that filters names in the browser, the table sorted in the browser by its sortable
// columns (the first one ascending until a header is chosen, as the console opens these lists),
// and Delete acting on one selected row.
import { useMemo, useState } from "react";
import { Button } from "./button";
import { ListPage, listCounter, type ListQuery } from "./list-page";
import { SearchInput } from "./search-input";
import { sortItems, type SortingState } from "./sorting";
import { EmptyState, Table, type Column } from "./table";
import { useClientSearch } from "./use-client-search";

export function FilteredListPage<T>({
  title,
  description,
  query,
  items,
  nameOf,
  itemKey = nameOf,
  columns,
  searchLabel,
  loadingText,
  selectionType,
  selected,
  onSelectedChange,
  countSelected = true,
  emptyDescription,
  onDelete,
  create,
}: {
  title: string;
  description: string;
  query: ListQuery & { isSuccess: boolean; isPending: boolean };
  items: T[];
  /** Stable (module-level): the search filters on it. */
  nameOf: (item: T) => string;
  itemKey?: (item: T) => string;
  columns: Column<T>[];
  searchLabel: string;
  loadingText: string;
  selectionType: "multi" | "single";
  selected: string[];
  onSelectedChange: (keys: string[]) => void;
  /** "(k/N)" in the header while rows are selected. */
  countSelected?: boolean;
  emptyDescription?: string;
  onDelete: () => void;
  /** The primary action after Delete, e.g. "Create user". */
  create: React.ReactNode;
}) {
  const { search, setSearch, shown } = useClientSearch(items, nameOf);
  const firstSortable = columns.find((c) => c.sortingField)?.sortingField;
  const [sorting, setSorting] = useState<SortingState | undefined>(firstSortable ? { field: firstSortable, descending: false } : undefined);
  const sorted = useMemo(() => sortItems(shown, sorting), [shown, sorting]);
  return (
    <ListPage
      title={title}
      counter={query.isSuccess ? listCounter(items.length, countSelected ? selected.length : 0) : undefined}
      description={description}
      query={query}
      actions={
        <>
          <Button disabled={selected.length !== 1} onClick={onDelete}>
            Delete
          </Button>
          {create}
        </>
      }
      toolbar={<SearchInput label={searchLabel} value={search} onChange={setSearch} />}
    >
      <Table
        label={title}
        columns={columns}
        items={sorted}
        itemKey={itemKey}
        sorting={sorting}
        onSortingChange={setSorting}
        loading={query.isPending}
        loadingText={loadingText}
        selectionType={selectionType}
        selected={selected}
        onSelectedChange={onSelectedChange}
        empty={<EmptyState title="No resources to display" description={emptyDescription} />}
      />
    </ListPage>
  );
}
