// Event history's display formats: the console's event time, attribute labels, and a record's JSON.
import type { LookupAttributeKey } from "@/lib/cloudtrail/types";
import { longDate } from "@/components/ui/time";

/** "November 22, 2026, 10:15:03 (UTC+00:00)", as CloudTrail's console shows an event time. */
export function eventTimeText(iso: string): string {
  return longDate(iso, { seconds: true });
}

/** The lookup attributes as the console names them, in its menu's order. */
export const ATTRIBUTE_LABELS: Record<LookupAttributeKey, string> = {
  ReadOnly: "Read-only",
  EventName: "Event name",
  Username: "User name",
  ResourceType: "Resource type",
  ResourceName: "Resource name",
  EventSource: "Event source",
  AccessKeyId: "AWS access key",
  EventId: "Event ID",
};

/** A record's JSON text indented for reading; parsing keeps its key order. */
export function prettyRecord(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
