// Marker/MaxItems for the small per-principal lists (a user's access keys, attached and inline
// policies): quotas keep them to a few rows, so they are read whole and the page is cut here, with
// the same markers and limits as the database-paged lists (roles/paging.ts).
import { checkMaxItems, decodeMarker, page } from "./roles/paging";

export interface PageInput {
  marker?: string;
  maxItems?: number;
}

export interface PageRequest {
  maxItems: number;
  after?: string;
}

/** Validates the paging input; call it before authorizing, as IAM reports bad input first. */
export function pageRequest(input: PageInput): PageRequest {
  return { maxItems: checkMaxItems(input.maxItems), after: decodeMarker(input.marker) };
}

/** Orders the rows by `keyOf` (unique per row) and returns the page after the marker's key. */
export function pageOf<T>(rows: T[], keyOf: (row: T) => string, req: PageRequest): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const keyed = rows.map((row) => ({ row, key: keyOf(row) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const after = req.after;
  const rest = after === undefined ? keyed : keyed.filter((k) => k.key > after);
  const { items, ...more } = page(rest.slice(0, req.maxItems + 1), req.maxItems, (k) => k.key);
  return { items: items.map((k) => k.row), ...more };
}

/** Every item of a Marker-paged List call, following its markers (the console's whole-list views). */
export async function allPages<P extends { Marker?: string }, T>(fetchPage: (marker: string | undefined) => Promise<P>, items: (page: P) => T[]): Promise<{ first: P; all: T[] }> {
  const first = await fetchPage(undefined);
  const all = [...items(first)];
  for (let marker = first.Marker; marker; ) {
    const next = await fetchPage(marker);
    all.push(...items(next));
    marker = next.Marker;
  }
  return { first, all };
}
