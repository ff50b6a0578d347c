"use client";
// "Subject activity (N)": every certificate subject that called CreateSession — its X.509 subject
// and when it was last seen, newest first, each linking to the certificates it presented.
import Link from "next/link";
import { useMemo, useState } from "react";
import { Container } from "@/components/ui/container";
import { ListPage, listCounter } from "@/components/ui/list-page";
import { QueryError } from "@/components/ui/access-denied-alert";
import { sortItems, type SortingState } from "@/components/ui/sorting";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { longDate, relativeTime } from "@/components/ui/time";
import { subjectHref, type SubjectSummary } from "./types";
import { useSubjects } from "./use-roles-anywhere";

const COLUMNS: Column<SubjectSummary>[] = [
  { id: "subject", header: "Subject", sortingField: "x509Subject", cell: (s) => <Link href={subjectHref(s.subjectId)}>{s.x509Subject}</Link> },
  { id: "lastSeen", header: "Last seen", sortingField: "lastSeenAt", cell: (s) => <span title={s.lastSeenAt ? longDate(s.lastSeenAt) : undefined}>{relativeTime(s.lastSeenAt)}</span> },
  { id: "created", header: "First seen", sortingField: "createdAt", cell: (s) => relativeTime(s.createdAt) },
];

const EMPTY: SubjectSummary[] = [];
const DESCRIPTION = "The certificate identities that requested credentials through IAM Roles Anywhere, and when each was last seen.";

export function SubjectsList({ pageHeading }: { pageHeading?: boolean }) {
  const subjects = useSubjects();
  const items = subjects.data?.subjects ?? EMPTY;
  const [sorting, setSorting] = useState<SortingState | undefined>({ field: "lastSeenAt", descending: true });
  const sorted = useMemo(() => sortItems(items, sorting), [items, sorting]);
  const counter = subjects.isSuccess ? listCounter(items.length) : undefined;
  const table = (
    <Table
      label="Subject activity"
      columns={COLUMNS}
      items={sorted}
      itemKey={(s) => s.subjectId}
      sorting={sorting}
      onSortingChange={setSorting}
      loading={subjects.isPending}
      loadingText="Loading subject activity"
      empty={<EmptyState title="No subject activity" description="No workload has requested credentials yet." />}
    />
  );
  if (pageHeading) {
    return (
      <ListPage title="Subject activity" counter={counter} description={DESCRIPTION} query={subjects} actions={null} toolbar={null}>
        {table}
      </ListPage>
    );
  }
  return (
    <Container title="Subject activity" info="ra-subjects" counter={counter} description={DESCRIPTION}>
      {subjects.isError ? <QueryError error={subjects.error} /> : table}
    </Container>
  );
}
