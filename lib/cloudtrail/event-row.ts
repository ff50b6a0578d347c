// A stored CloudTrail record as the Event history page shows it: the table's columns (spec §1.5),
// the few record fields the download and detail page show beside them, and the record's exact JSON
// text (the detail page's "Event record", Compare, and the JSON download keep its key order).
import type { TrailRecord, TrailResource } from "./types";

export interface EventRow {
  eventId: string;
  eventName: string;
  /** ISO 8601 (the record's own eventTime text is in cloudTrailEvent). */
  eventTime: string;
  username?: string;
  eventSource: string;
  readOnly: boolean;
  accessKeyId?: string;
  errorCode?: string;
  awsRegion?: string;
  sourceIPAddress?: string;
  requestId?: string;
  resources: TrailResource[];
  cloudTrailEvent: string;
}

/** The record's own fields the row needs from its JSON, tolerating a record that is not an object. */
function recordFields(json: string): { awsRegion?: string; sourceIPAddress?: string; errorCode?: string } {
  try {
    const r = JSON.parse(json) as Record<string, unknown> | null;
    if (!r || typeof r !== "object") return {};
    const text = (v: unknown) => (typeof v === "string" ? v : undefined);
    return { awsRegion: text(r.awsRegion), sourceIPAddress: text(r.sourceIPAddress), errorCode: text(r.errorCode) };
  } catch {
    return {};
  }
}

export function toEventRow(r: TrailRecord): EventRow {
  const fields = recordFields(r.cloudTrailEvent);
  return {
    eventId: r.eventId,
    eventName: r.eventName,
    eventTime: r.eventTime.toISOString(),
    ...(r.username !== undefined ? { username: r.username } : {}),
    eventSource: r.eventSource,
    readOnly: r.readOnly,
    ...(r.accessKeyId ? { accessKeyId: r.accessKeyId } : {}),
    ...((r.errorCode ?? fields.errorCode) ? { errorCode: r.errorCode ?? fields.errorCode } : {}),
    ...(fields.awsRegion ? { awsRegion: fields.awsRegion } : {}),
    ...(fields.sourceIPAddress ? { sourceIPAddress: fields.sourceIPAddress } : {}),
    ...(r.requestId ? { requestId: r.requestId } : {}),
    resources: r.resources,
    cloudTrailEvent: r.cloudTrailEvent,
  };
}
