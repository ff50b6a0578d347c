"use client";
// The Last Accessed tab shared by the role and policy pages (console-spec §4.6): one row per service
// the policies allow, "<N> days ago" or "Not accessed in the tracking period". EC2, IAM, Lambda and
// S3 are tracked per action, so their names open the action-level rows (Region and time).
import type { UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import type { LastAccessedReport, LastAccessedService, TrackedAction } from "@/lib/iam/console/last-accessed";

const NOT_ACCESSED = "Not accessed in the tracking period";
const lastAccessed = (iso: string | null) => (iso ? relativeTime(iso) : NOT_ACCESSED);
const nameOf = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);

function ActionRows({ service, onClose }: { service: LastAccessedService; onClose: () => void }) {
  const actions = service.TrackedActions ?? [];
  return (
    <Container
      title={`${service.ServiceName} actions`}
      headingLevel={3}
      counter={`(${actions.length})`}
      description="Actions of this service called in the tracking period, most recent first."
      actions={<Button onClick={onClose}>Close</Button>}
    >
      <Table
        label={`${service.ServiceName} actions`}
        columns={[
          { id: "action", header: "Action", cell: (a: TrackedAction) => a.ActionName },
          { id: "region", header: "Region accessed", cell: (a: TrackedAction) => a.Region ?? "-" },
          { id: "last", header: "Last accessed", cell: (a: TrackedAction) => lastAccessed(a.LastAccessed) },
        ]}
        items={actions}
        itemKey={(a) => a.ActionName}
        empty={<EmptyState title={NOT_ACCESSED} description="No action of this service was called in the tracking period." />}
      />
    </Container>
  );
}

export function LastAccessedPanel({
  query,
  description,
  emptyDescription,
  middle,
}: {
  query: UseQueryResult<LastAccessedReport>;
  description: string;
  emptyDescription: string;
  /** The role page lists the policies granting each service; the policy page, who called it last. */
  middle: "policies" | "entity";
}) {
  const [open, setOpen] = useState<string | null>(null);
  const items = query.data?.Services ?? [];
  const selected = items.find((s) => s.ServiceNamespace === open);
  const columns: Column<LastAccessedService>[] = [
    {
      id: "service",
      header: "Service",
      cell: (s) =>
        s.TrackedActions ? (
          <Button variant="link" className="!px-0" aria-expanded={open === s.ServiceNamespace} onClick={() => setOpen(open === s.ServiceNamespace ? null : s.ServiceNamespace)}>
            {s.ServiceName}
          </Button>
        ) : (
          s.ServiceName
        ),
    },
    middle === "policies"
      ? { id: "policies", header: "Policies granting permissions", cell: (s) => s.Policies.join(", ") }
      : { id: "entity", header: "Entity last accessed", cell: (s) => (s.LastAuthenticatedEntity ? nameOf(s.LastAuthenticatedEntity) : "-") },
    { id: "last", header: "Last accessed", cell: (s) => lastAccessed(s.LastAccessed) },
  ];
  return (
    <div className="flex flex-col gap-4">
      <Container title="Allowed services" counter={query.isSuccess ? `(${items.length})` : undefined} description={description}>
        {query.isError ? (
          <QueryError error={query.error} />
        ) : (
          <Table
            label="Allowed services"
            columns={columns}
            items={items}
            itemKey={(s) => s.ServiceNamespace}
            loading={query.isPending}
            loadingText="Loading services"
            empty={<EmptyState title="No services" description={emptyDescription} />}
          />
        )}
      </Container>
      {selected && <ActionRows service={selected} onClose={() => setOpen(null)} />}
    </div>
  );
}
