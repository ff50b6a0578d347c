// Event history's Download (spec §1.5): CSV or JSON of the current filter.
// CSV: RFC 4180 quoting, CRLF rows, and every cell that a spreadsheet would read as a formula
// (= + - @, and tab / carriage return, which some spreadsheets strip before looking) prefixed with
// an apostrophe — an event's fields are attacker-chosen text (a user agent, a role name, an error
// message), so a download opened in a spreadsheet must never run one:
// https://owasp.org/www-community/attacks/CSV_Injection
// JSON: {"Records":[…]} built from each record's exact JSON text, so its key order survives.
import type { EventRow } from "./event-row";

/** [INF] The header AWS's console download writes (spec §1.5). */
export const CSV_HEADER = [
  "Event ID",
  "Event time",
  "User name",
  "Event name",
  "Resource type",
  "Resource name",
  "AWS access key",
  "AWS region",
  "Error code",
  "Source IP address",
  "Resources",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The record's eventTime text ("2026-11-22T10:15:03Z"), else the stored time to the second. */
function eventTimeText(row: EventRow): string {
  return row.eventTime.replace(/\.\d{3}Z$/, "Z");
}

function csvRow(row: EventRow): string {
  const resources = JSON.stringify(row.resources.map((r) => ({ resourceType: r.type, resourceName: r.name })));
  return [
    row.eventId,
    eventTimeText(row),
    row.username ?? "",
    row.eventName,
    row.resources.map((r) => r.type).join(", "),
    row.resources.map((r) => r.name).join(", "),
    row.accessKeyId ?? "",
    row.awsRegion ?? "",
    row.errorCode ?? "",
    row.sourceIPAddress ?? "",
    row.resources.length ? resources : "",
  ]
    .map(csvCell)
    .join(",");
}

export function eventsCsv(rows: readonly EventRow[]): string {
  return [CSV_HEADER.join(","), ...rows.map(csvRow)].map((line) => `${line}\r\n`).join("");
}

export function eventsJson(rows: readonly EventRow[]): string {
  return `{"Records":[${rows.map((r) => r.cloudTrailEvent).join(",")}]}`;
}
