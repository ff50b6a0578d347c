"use client";
// Last Accessed (console-spec §4.6): the services the role's policies allow, which policies allow
// them, and when a session of the role last used them within the 400-day tracking period.
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { useRoleLastAccessed } from "../hooks/use-role-last-accessed";
import type { LastAccessedService } from "./types";

export function LastAccessedTab({ roleName, active }: { roleName: string; active: boolean }) {
  const q = useRoleLastAccessed(roleName, active);
  const items = q.data?.Services ?? [];
  return (
    <Container
      title="Allowed services"
      counter={q.isSuccess ? `(${items.length})` : undefined}
      description="Service last accessed information shows when this role last used each service its policies allow. Recent activity usually appears within 4 hours. Data is stored for a maximum of 400 days."
    >
      {q.isError ? (
        <QueryError error={q.error} />
      ) : (
        <Table
          label="Allowed services"
          columns={[
            { id: "service", header: "Service", cell: (s: LastAccessedService) => s.ServiceName },
            { id: "policies", header: "Policies granting permissions", cell: (s: LastAccessedService) => s.Policies.join(", ") },
            { id: "last", header: "Last accessed", cell: (s: LastAccessedService) => (s.LastAccessed ? relativeTime(s.LastAccessed) : "Not accessed in the tracking period") },
          ]}
          items={items}
          itemKey={(s) => s.ServiceNamespace}
          loading={q.isPending}
          loadingText="Loading services"
          empty={<EmptyState title="No services" description="The role's policies allow no services." />}
        />
      )}
    </Container>
  );
}
