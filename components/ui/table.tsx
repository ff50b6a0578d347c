"use client";
// Cloudscape's Table: optional selection checkboxes, sortable column headers (a button in the
// header cell, aria-sort on it), loading and empty states, the screen-reader summary "Table is
// displaying results from item number 1 to item number N…", and a horizontal scroll inside its own
// box when the columns are wider than the page.
import { ariaSortOf, nextSorting, type SortingState } from "./sorting";

export interface Column<T> {
  id: string;
  header: string;
  cell: (item: T) => React.ReactNode;
  /** Makes the column sortable: the item's field for lists sorted in the browser, the server's key otherwise. */
  sortingField?: string;
}

export interface TableProps<T> {
  label: string;
  columns: Column<T>[];
  items: T[];
  itemKey: (item: T) => string;
  loading?: boolean;
  loadingText?: string;
  empty?: React.ReactNode;
  selected?: string[];
  onSelectedChange?: (keys: string[]) => void;
  selectionType?: "multi" | "single";
  firstIndex?: number;
  totalCount?: number;
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
}

function SortableHeader({ header, direction, onClick }: { header: string; direction: ReturnType<typeof ariaSortOf>; onClick: () => void }) {
  const arrow = direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "▵";
  return (
    <button type="button" onClick={onClick} className="inline-flex items-center gap-1 font-bold text-aws-muted hover:text-aws-ink">
      {header}
      <span aria-hidden className={`text-[10px] ${direction === "none" ? "opacity-50" : "text-aws-ink"}`}>
        {arrow}
      </span>
    </button>
  );
}

export function Table<T>({
  label,
  columns,
  items,
  itemKey,
  loading,
  loadingText = "Loading resources",
  empty,
  selected,
  onSelectedChange,
  selectionType,
  firstIndex = 1,
  totalCount,
  sorting,
  onSortingChange,
}: TableProps<T>) {
  const keys = items.map(itemKey);
  const allSelected = keys.length > 0 && keys.every((k) => selected?.includes(k));
  const toggle = (k: string) => {
    if (!onSelectedChange) return;
    if (selectionType === "single") onSelectedChange([k]);
    else onSelectedChange(selected?.includes(k) ? selected.filter((x) => x !== k) : [...(selected ?? []), k]);
  };
  const total = totalCount ?? items.length;
  return (
    <div className="overflow-x-auto">
      <p className="sr-only" aria-live="polite">
        {items.length > 0 &&
          `Table is displaying results from item number ${firstIndex} to item number ${firstIndex + items.length - 1}, and there are ${total} items to view`}
      </p>
      <table aria-label={label} aria-busy={loading || undefined} className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-aws-divider">
            {selectionType && (
              <th className="w-10 px-2 py-2">
                {selectionType === "multi" && (
                  <input
                    type="checkbox"
                    aria-label="Select all"
                    checked={allSelected}
                    onChange={() => onSelectedChange?.(allSelected ? [] : keys)}
                  />
                )}
              </th>
            )}
            {columns.map((c) => {
              const sortable = c.sortingField && onSortingChange ? c.sortingField : undefined;
              const direction = ariaSortOf(sorting, sortable);
              return (
                <th key={c.id} scope="col" aria-sort={direction} className="px-3 py-2 font-bold whitespace-nowrap text-aws-muted">
                  {sortable ? <SortableHeader header={c.header} direction={direction} onClick={() => onSortingChange?.(nextSorting(sorting, sortable))} /> : c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {loading ? (
            <tr>
              <td colSpan={columns.length + 1} className="py-8 text-center text-aws-muted">
                <span role="status">{loadingText}</span>
              </td>
            </tr>
          ) : items.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 1} className="py-8 text-center">
                {empty}
              </td>
            </tr>
          ) : (
            items.map((item) => {
              const k = itemKey(item);
              const isSelected = selected?.includes(k) ?? false;
              return (
                <tr key={k} className={`border-b border-aws-divider ${isSelected ? "bg-aws-blue-light" : ""}`}>
                  {selectionType && (
                    <td className="px-2 py-2">
                      <input
                        type={selectionType === "single" ? "radio" : "checkbox"}
                        aria-label={`Select ${k}`}
                        checked={isSelected}
                        onChange={() => toggle(k)}
                      />
                    </td>
                  )}
                  {columns.map((c) => (
                    <td key={c.id} className="px-3 py-2 align-top">
                      {c.cell(item)}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

export function EmptyState({ title, description, action }: { title: string; description?: string; action?: React.ReactNode }) {
  return (
    <div className="py-4 text-center">
      <div className="font-bold text-aws-muted">{title}</div>
      {description && <div className="mb-2 text-aws-muted">{description}</div>}
      {action}
    </div>
  );
}
