"use client";
// Compare events (spec §1.5): up to 5 selected events' records side by side; the top-level fields
// whose values differ between them are marked, so what changed from one call to the next stands out.
import { Modal } from "@/components/ui/modal";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import { eventTimeText } from "./format";

export const COMPARE_MAX = 5;

function parsed(json: string): Record<string, unknown> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The top-level keys of the records, in first-seen order, and which of them differ. */
export function compareKeys(records: Record<string, unknown>[]): { key: string; differs: boolean }[] {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return keys.map((key) => ({ key, differs: new Set(records.map((r) => JSON.stringify(r[key]))).size > 1 }));
}

export function CompareModal({ events, open, onOpenChange }: { events: EventRow[]; open: boolean; onOpenChange: (o: boolean) => void }) {
  const records = events.map((e) => parsed(e.cloudTrailEvent));
  const keys = compareKeys(records);
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={`Compare events (${events.length})`} size="large">
      <div className="overflow-x-auto">
        <table aria-label="Compared events" className="w-full border-collapse text-left text-xs">
          <thead>
            <tr className="border-b-2 border-aws-divider">
              <th scope="col" className="px-2 py-1 text-aws-muted">
                Field
              </th>
              {events.map((e) => (
                <th key={e.eventId} scope="col" className="min-w-56 px-2 py-1 align-top">
                  <div className="text-sm font-bold">{e.eventName}</div>
                  <div className="font-normal text-aws-muted">{eventTimeText(e.eventTime)}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map(({ key, differs }) => (
              <tr key={key} data-differs={differs || undefined} className={`border-b border-aws-divider ${differs ? "bg-[#fffce6]" : ""}`}>
                <th scope="row" className="px-2 py-1 align-top font-mono font-bold">
                  {key}
                  {differs && <span className="sr-only"> (differs)</span>}
                </th>
                {records.map((r, i) => (
                  <td key={events[i].eventId} className="px-2 py-1 align-top">
                    <pre className="font-mono break-all whitespace-pre-wrap">{key in r ? JSON.stringify(r[key], null, 2) : "—"}</pre>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Modal>
  );
}
