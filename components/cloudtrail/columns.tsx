// The Event history table's columns (spec §1.5, plus the Error code): the event name links
// to the event's page; a record naming several resources shows the first and how many more.
import Link from "next/link";
import type { Column } from "@/components/ui/table";
import { isDenialCode } from "@/lib/cloudtrail/decision";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import { eventTimeText } from "./format";

function firstOf(values: string[]) {
  if (values.length === 0) return "-";
  return (
    <>
      <span className="break-all">{values[0]}</span>
      {values.length > 1 && <span className="ml-1 text-aws-muted">+{values.length - 1}</span>}
    </>
  );
}

const eventHref = (e: EventRow) => `/cloudtrail/event-history/${encodeURIComponent(e.eventId)}`;

export const EVENT_COLUMNS: Column<EventRow>[] = [
  {
    id: "eventName",
    header: "Event name",
    cell: (e) => <Link href={eventHref(e)}>{e.eventName}</Link>,
  },
  { id: "eventTime", header: "Event time", cell: (e) => <span className="whitespace-nowrap">{eventTimeText(e.eventTime)}</span> },
  { id: "username", header: "User name", cell: (e) => e.username ?? "-" },
  { id: "eventSource", header: "Event source", cell: (e) => e.eventSource },
  { id: "resourceType", header: "Resource type", cell: (e) => firstOf(e.resources.map((r) => r.type)) },
  { id: "resourceName", header: "Resource name", cell: (e) => firstOf(e.resources.map((r) => r.name)) },
  {
    id: "errorCode",
    header: "Error code",
    // A denial's code opens the event at its Decision panel: one click from the table to the explanation.
    cell: (e) =>
      !e.errorCode ? (
        "-"
      ) : isDenialCode(e.errorCode) ? (
        <Link href={`${eventHref(e)}#decision`} className="text-aws-red" aria-label={`${e.errorCode}: why was ${e.eventName} denied?`}>
          {e.errorCode}
        </Link>
      ) : (
        <span className="text-aws-red">{e.errorCode}</span>
      ),
  },
];
