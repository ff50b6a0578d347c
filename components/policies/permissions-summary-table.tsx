"use client";
import { Table, EmptyState, type Column } from "@/components/ui/table";
import { summarizePermissions, type ServicePermissions } from "./permissions-summary";

const COLUMNS: Column<ServicePermissions>[] = [
  { id: "effect", header: "Effect", cell: (s) => s.effect },
  { id: "service", header: "Service", cell: (s) => (s.service === "*" ? "All services" : s.service) },
  {
    id: "actions",
    header: "Actions",
    cell: (s) => `${s.excluded ? "All except: " : ""}${s.actions.includes("*") ? (s.excluded ? "all actions" : "All actions") : s.actions.join(", ")}`,
  },
];

/** The review step's "Permissions defined in this policy" table. */
export function PermissionsSummaryTable({ document }: { document: string }) {
  const rows = summarizePermissions(document);
  return (
    <Table
      label="Permissions defined in this policy"
      columns={COLUMNS}
      items={rows}
      itemKey={(s) => `${s.effect}|${s.excluded}|${s.service}`}
      empty={<EmptyState title="No permissions" description="This policy defines no actions." />}
    />
  );
}
