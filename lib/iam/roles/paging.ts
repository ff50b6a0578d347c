// Marker/MaxItems paging as IAM's List* calls do it: an opaque marker (here the last name seen, so
// pages stay stable while rows are added or removed), MaxItems 1–1000, default 100.
import { validationError } from "@/lib/errors";

export const DEFAULT_MAX_ITEMS = 100;
export const MAX_ITEMS_LIMIT = 1000;

export function checkMaxItems(maxItems: number | undefined): number {
  if (maxItems === undefined) return DEFAULT_MAX_ITEMS;
  if (!Number.isInteger(maxItems) || maxItems < 1) {
    throw validationError("maxItems", String(maxItems), "Member must have value greater than or equal to 1");
  }
  if (maxItems > MAX_ITEMS_LIMIT) {
    throw validationError("maxItems", String(maxItems), `Member must have value less than or equal to ${MAX_ITEMS_LIMIT}`);
  }
  return maxItems;
}

export function encodeMarker(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

/** The key after which the next page starts; a marker we did not issue is a ValidationError [INF]. */
export function decodeMarker(marker: string | undefined): string | undefined {
  if (marker === undefined || marker === "") return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(marker)) throw validationError("marker", marker, "Member must be a marker returned by a previous call");
  return Buffer.from(marker, "base64url").toString("utf8");
}

/** Slices a fetched `maxItems + 1` rows into the page and the IsTruncated/Marker members. */
export function page<T>(rows: T[], maxItems: number, keyOf: (row: T) => string): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const items = rows.slice(0, maxItems);
  const truncated = rows.length > maxItems;
  return truncated ? { items, IsTruncated: true, Marker: encodeMarker(keyOf(items[items.length - 1])) } : { items, IsTruncated: false };
}
