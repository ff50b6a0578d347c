"use client";
// An event's page (spec §1.5): Details, Resources referenced, and the Event record (the JSON, with a
// copy button); for an AccessDenied, the Decision panel (clone extension).
import { PageHeader } from "@/components/ui/page-header";
import { QueryError } from "@/components/ui/access-denied-alert";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { Table } from "@/components/ui/table";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import type { TrailResource } from "@/lib/cloudtrail/types";
import { DecisionPanel } from "./decision-panel";
import { eventTimeText, prettyRecord } from "./format";
import { useTrailEvent } from "./hooks/use-trail-event";

function Details({ e }: { e: EventRow }) {
  return (
    <Container title="Details">
      <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <KeyValue label="Event time">{eventTimeText(e.eventTime)}</KeyValue>
        <KeyValue label="User name">{e.username ?? "-"}</KeyValue>
        <KeyValue label="Event name">{e.eventName}</KeyValue>
        <KeyValue label="Event source">{e.eventSource}</KeyValue>
        <KeyValue label="AWS access key">{e.accessKeyId ?? "-"}</KeyValue>
        <KeyValue label="Source IP address">{e.sourceIPAddress ?? "-"}</KeyValue>
        <KeyValue label="Event ID">{e.eventId}</KeyValue>
        <KeyValue label="Request ID">{e.requestId ?? "-"}</KeyValue>
        <KeyValue label="AWS region">{e.awsRegion ?? "-"}</KeyValue>
        <KeyValue label="Error code">{e.errorCode ?? "-"}</KeyValue>
        <KeyValue label="Read-only">{String(e.readOnly)}</KeyValue>
      </dl>
    </Container>
  );
}

const RESOURCE_COLUMNS = [
  { id: "type", header: "Resource type", cell: (r: TrailResource) => r.type },
  { id: "name", header: "Resource name", cell: (r: TrailResource) => <span className="break-all">{r.name}</span> },
];

export function EventDetail({ eventId }: { eventId: string }) {
  const event = useTrailEvent(eventId);
  if (event.isError) return <QueryError error={event.error} />;
  if (!event.data) return <p role="status" aria-busy="true">Loading event</p>;
  const { event: e, decision } = event.data;
  const json = prettyRecord(e.cloudTrailEvent);
  return (
    <>
      <PageHeader title={e.eventName} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4">
        <Details e={e} />
        {decision && (
          <div id="decision" className="scroll-mt-4">
            <DecisionPanel decision={decision} />
          </div>
        )}
        <Container title="Resources referenced" counter={`(${e.resources.length})`}>
          <Table
            label="Resources referenced"
            columns={RESOURCE_COLUMNS}
            items={e.resources}
            itemKey={(r) => `${r.type} ${r.name}`}
            empty={<span className="text-aws-muted">No resources referenced.</span>}
          />
        </Container>
        <Container title="Event record" actions={<CopyButton text={json} label="Copy event record" />}>
          <pre aria-label="Event record" data-testid="event-record" className="max-h-[40rem] overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">
            {json}
          </pre>
        </Container>
      </div>
    </>
  );
}
