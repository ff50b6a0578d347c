"use client";
// The header and toolbar every IAM list page shares (Roles, Policies, Users, User groups, Identity
// providers): "Title (N)" as the page's h1 with Info and a description, ⟳ then the page's own
// actions, and a toolbar row (search, filters, matches, pagination) above the table. A failed
// list query replaces toolbar and table with its error.
import { QueryError } from "./access-denied-alert";
import { Button } from "./button";
import { Container } from "./container";

export interface ListQuery {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** "(N)", or "(k/N)" while k rows are selected. */
export function listCounter(total: number | undefined, selected = 0): string | undefined {
  if (total === undefined) return undefined;
  return selected ? `(${selected}/${total})` : `(${total})`;
}

export function ListPage({
  title,
  description,
  counter,
  query,
  refreshLabel = "Refresh",
  actions,
  toolbar,
  children,
}: {
  title: string;
  description: string;
  counter?: string;
  query: ListQuery;
  refreshLabel?: string;
  actions: React.ReactNode;
  toolbar: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Container
      headingLevel={1}
      title={title}
      counter={counter}
      info
      description={description}
      actions={
        <>
          <Button variant="icon" aria-label={refreshLabel} onClick={() => void query.refetch()}>
            ⟳
          </Button>
          {actions}
        </>
      }
    >
      {query.isError ? (
        <QueryError error={query.error} />
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-3">{toolbar}</div>
          {children}
        </>
      )}
    </Container>
  );
}
