"use client";
// A container's body fed by one query: the query's error (the access-denied alert for a denial), a
// "Loading …" status line while it is pending, else its data as `children` renders it.
import type { UseQueryResult } from "@tanstack/react-query";
import { QueryError } from "./access-denied-alert";

export function QueryContent<T>({ query, loading, children }: { query: UseQueryResult<T>; loading: string; children: (data: T) => React.ReactNode }) {
  if (query.isError) return <QueryError error={query.error} />;
  if (query.isPending) {
    return (
      <p role="status" className="text-aws-muted">
        {loading}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
