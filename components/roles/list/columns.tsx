// The Roles table's columns, in the order the preferences list them. Trusted entities come from the
// server already in the console's formats; long ones are cut with an ellipsis, full text on hover.
// Sortable columns name the server's sort key (lib/iam/roles/console-list.ts ROLE_SORT_FIELDS).
import Link from "next/link";
import type { Column } from "@/components/ui/table";
import { longDate, relativeTime } from "@/components/ui/time";
import type { RoleRow } from "./types";
import type { RoleColumnId } from "./use-list-preferences";

function duration(seconds: number): string {
  const hours = seconds / 3600;
  if (Number.isInteger(hours)) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return `${seconds} seconds`;
}

export const ROLE_TABLE_COLUMNS: Record<RoleColumnId, Column<RoleRow>> = {
  name: {
    id: "name",
    header: "Role name",
    sortingField: "RoleName",
    cell: (r) => <Link href={`/iam/roles/${encodeURIComponent(r.RoleName)}`}>{r.RoleName}</Link>,
  },
  trusted: {
    id: "trusted",
    header: "Trusted entities",
    cell: (r) => (
      <ul className="max-w-xs">
        {r.TrustedEntities.map((t) => (
          <li key={t} title={t} className="truncate">
            {t}
          </li>
        ))}
      </ul>
    ),
  },
  activity: { id: "activity", header: "Last activity", sortingField: "LastActivity", cell: (r) => relativeTime(r.RoleLastUsed.LastUsedDate) },
  arn: { id: "arn", header: "ARN", sortingField: "Arn", cell: (r) => <span className="font-mono text-xs break-all">{r.Arn}</span> },
  created: { id: "created", header: "Creation time", sortingField: "CreateDate", cell: (r) => <span title={longDate(r.CreateDate)}>{relativeTime(r.CreateDate)}</span> },
  duration: { id: "duration", header: "Max session duration", sortingField: "MaxSessionDuration", cell: (r) => duration(r.MaxSessionDuration) },
};
