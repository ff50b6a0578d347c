// The Event history page's filter (spec §1.5) as the console API reads it from the URL, and its
// translation into the store's LookupQuery: one lookup attribute at a time (as AWS's console and
// LookupEvents allow), a relative preset (30 min / 1 h / 3 h / 12 h) or an absolute range of at most
// 90 days (CloudTrail keeps 90 days of event history), a page cursor and a page size.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events-console.html
import { z } from "zod";
import { AwsError } from "@/lib/errors";
import { LOOKUP_ATTRIBUTE_KEYS, type LookupQuery } from "./types";

export const TIME_PRESETS = { "30m": 30, "1h": 60, "3h": 180, "12h": 720 } as const;
export type TimePreset = keyof typeof TIME_PRESETS;

const MINUTE = 60_000;
/** CloudTrail's event history covers the last 90 days; a custom range may not span more. */
export const MAX_RANGE_MS = 90 * 24 * 60 * MINUTE;
/** The console offers 10/25/50 rows; LookupEvents itself stops at 50 (MaxResults 1–50). */
export const PAGE_SIZES = [10, 25, 50] as const;
export const DEFAULT_PAGE_SIZE = 50;

const isoTime = z.iso.datetime({ offset: true });
/** No record holds a NUL, and PostgreSQL refuses one in a text parameter: bad input, answered before the store. */
export const ZLookupText = z.string().min(1).max(2000).regex(/^[^\u0000]*$/, "Member must not contain a NUL character");

export const ZHistoryFilter = z
  .object({
    attributeKey: z.enum(LOOKUP_ATTRIBUTE_KEYS).optional(),
    // LookupEvents: "AttributeValue … Length Constraints: Minimum length of 1. Maximum length of 2000."
    // https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupAttribute.html
    attributeValue: ZLookupText.optional(),
    range: z.enum(Object.keys(TIME_PRESETS) as [TimePreset, ...TimePreset[]]).optional(),
    start: isoTime.optional(),
    end: isoTime.optional(),
  })
  .strict();

export const ZHistoryQuery = ZHistoryFilter.extend({
  // The store's cursor is opaque; this bound only keeps absurd values out.
  cursor: z.string().min(1).max(4096).optional(),
  pageSize: z.coerce.number().int().min(1).max(DEFAULT_PAGE_SIZE).optional(),
}).strict();

export type THistoryFilter = z.infer<typeof ZHistoryFilter>;
export type THistoryQuery = z.infer<typeof ZHistoryQuery>;

const invalid = (message: string, field: string) => new AwsError("ValidationError", message, { field });

/** The filter as a LookupQuery for `accountId` (the caller's own account, never one from the request). */
export function toLookupQuery(accountId: string, f: THistoryFilter, now: Date, limit: number, after?: string): LookupQuery {
  const q: LookupQuery = { accountId, limit, ...(after ? { after } : {}) };
  if ((f.attributeKey === undefined) !== (f.attributeValue === undefined)) {
    throw invalid("A lookup attribute needs both a key and a value.", f.attributeKey ? "attributeValue" : "attributeKey");
  }
  if (f.attributeKey && f.attributeValue !== undefined) {
    // ReadOnly takes "true" or "false" only (the console offers exactly these two).
    if (f.attributeKey === "ReadOnly" && f.attributeValue !== "true" && f.attributeValue !== "false") {
      throw invalid("The ReadOnly lookup attribute takes true or false.", "attributeValue");
    }
    q.attribute = { key: f.attributeKey, value: f.attributeValue };
  }
  if (f.range && (f.start || f.end)) throw invalid("Choose a relative range or an absolute range, not both.", "range");
  if (f.range) {
    q.startTime = new Date(now.getTime() - TIME_PRESETS[f.range] * MINUTE);
    q.endTime = now;
  } else if (f.start || f.end) {
    const start = f.start ? new Date(f.start) : undefined;
    const end = f.end ? new Date(f.end) : now;
    if (start && start > end) throw invalid("The start of the time range must be before its end.", "start");
    if (start && end.getTime() - start.getTime() > MAX_RANGE_MS) throw invalid("The time range can span at most 90 days.", "start");
    if (start) q.startTime = start;
    q.endTime = end;
  }
  return q;
}

/** The URL search parameters of a filter (the page's state, the API's query, the download link). */
export function filterParams(f: THistoryFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.attributeKey && f.attributeValue) {
    p.set("attributeKey", f.attributeKey);
    p.set("attributeValue", f.attributeValue);
  }
  if (f.range) p.set("range", f.range);
  else {
    if (f.start) p.set("start", f.start);
    if (f.end) p.set("end", f.end);
  }
  return p;
}

/**
 * The LookupEvents input a console read stands for, in the API's member names, for its own CloudTrail
 * record (the console's Event history calls LookupEvents, and that call is recorded too, spec §1.1).
 */
export function lookupRequest(f: THistoryFilter, maxResults?: number): Record<string, unknown> {
  return {
    ...(f.attributeKey && f.attributeValue ? { LookupAttributes: [{ AttributeKey: f.attributeKey, AttributeValue: f.attributeValue }] } : {}),
    ...(maxResults ? { MaxResults: maxResults } : {}),
  };
}
