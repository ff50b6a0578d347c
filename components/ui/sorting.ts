// Sortable table columns as Cloudscape's Table has them: one column sorted at a time, a click on its
// header flips the direction, a click on another column sorts that one ascending, and the header
// cell carries aria-sort. Pure, so the lists sorted in the browser (users, groups) and the rule for
// the lists sorted by the server (roles, policies: lib/iam/console) can be tested alike.
// Cloudscape: https://cloudscape.design/components/table/?tabId=api (sortingColumn, sortingDescending)

export interface SortingState {
  /** The sorted column's sortingField. */
  field: string;
  descending: boolean;
}

export type SortValue = string | number | boolean | Date | null | undefined;

/** The state after a click on the header of the column sorted by `field`. */
export function nextSorting(current: SortingState | undefined, field: string): SortingState {
  return current?.field === field ? { field, descending: !current.descending } : { field, descending: false };
}

/** The header cell's aria-sort: only sortable columns carry one. */
export function ariaSortOf(current: SortingState | undefined, field: string | undefined): "ascending" | "descending" | "none" | undefined {
  if (!field) return undefined;
  if (current?.field !== field) return "none";
  return current.descending ? "descending" : "ascending";
}

const isEmpty = (v: SortValue): v is null | undefined | "" => v === null || v === undefined || v === "";

const asNumber = (v: number | boolean | Date): number => (v instanceof Date ? v.getTime() : Number(v));

/** Code-point order of the lower-cased text (the servers sort by the stored lower-case names the same way). */
function compareText(a: string, b: string): number {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Ascending order of two cell values. An empty value (never used, no description) sorts before every
 * other value, as the servers' "nulls first" does, so the order is the same wherever the list is sorted.
 */
export function compareValues(a: SortValue, b: SortValue): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? -1 : 1;
  if (typeof a === "string" && typeof b === "string") return compareText(a, b);
  if (typeof a === "string" || typeof b === "string") return compareText(String(a), String(b));
  return Math.sign(asNumber(a) - asNumber(b));
}

/** The item's own property named by the column's sortingField (Cloudscape's useCollection convention). */
export function fieldValue(item: unknown, field: string): SortValue {
  const v = (item as Record<string, unknown> | null)?.[field];
  return typeof v === "object" && !(v instanceof Date) ? null : (v as SortValue);
}

/** A sorted copy; equal values keep their order (Array.prototype.sort is stable). */
export function sortItems<T>(items: readonly T[], sorting: SortingState | undefined): T[] {
  if (!sorting) return [...items];
  const sign = sorting.descending ? -1 : 1;
  return [...items].sort((x, y) => sign * compareValues(fieldValue(x, sorting.field), fieldValue(y, sorting.field)));
}
