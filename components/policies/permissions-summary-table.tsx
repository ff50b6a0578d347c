"use client";
// "Permissions defined in this policy": one table per effect, headed "Allow (2 of 469 services)",
// with Service, Access level, Resource and Request condition, as the console's policy summary.
import { Table, EmptyState, type Column } from "@/components/ui/table";
import { usePolicySummary, type ServiceAccessSummary } from "./hooks/use-policy-summary";

const COLUMNS: Column<ServiceAccessSummary>[] = [
  { id: "service", header: "Service", cell: (s) => (s.service === "*" ? "All services" : s.service) },
  {
    id: "access",
    header: "Access level",
    cell: (s) => (
      <>
        {s.accessLevel}
        {s.unrecognized.length > 0 && <div className="text-xs text-aws-muted">Unrecognized: {s.unrecognized.join(", ")}</div>}
      </>
    ),
  },
  { id: "resource", header: "Resource", cell: (s) => <span className="break-all">{s.resource}</span> },
  { id: "condition", header: "Request condition", cell: (s) => s.condition },
];

export function PermissionsSummaryTable({ document }: { document: string }) {
  const summary = usePolicySummary(document);
  if (summary.isError) return <p className="text-aws-muted">The summary is not available: {summary.error.message}</p>;
  if (!summary.data) return <p role="status" aria-busy="true" className="text-aws-muted">Loading summary</p>;
  const { Services, TotalServices } = summary.data;
  if (Services.length === 0) return <EmptyState title="No permissions" description="This policy defines no actions." />;
  return (
    <div className="flex flex-col gap-4">
      {(["Allow", "Deny"] as const).map((effect) => {
        const rows = Services.filter((s) => s.effect === effect);
        if (rows.length === 0) return null;
        const label = `${effect} (${rows.some((r) => r.service === "*") ? TotalServices : rows.length} of ${TotalServices} services)`;
        return (
          <div key={effect}>
            <h4 className="mb-1 font-bold">{label}</h4>
            <Table label={`${effect} permissions`} columns={COLUMNS} items={rows} itemKey={(s) => `${s.service}|${s.accessLevel}|${s.resource}`} />
          </div>
        );
      })}
    </div>
  );
}
