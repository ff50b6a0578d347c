"use client";
// A Table fed by one react-query: the query's error (access-denied alert or AWS message) in its
// place when it fails, its loading row while it is pending.
import { QueryError } from "./access-denied-alert";
import { Table, type TableProps } from "./table";

export interface QueryState {
  isError: boolean;
  isPending: boolean;
  error: unknown;
}

export function QueryTable<T>({ query, ...table }: { query: QueryState } & Omit<TableProps<T>, "loading">) {
  return query.isError ? <QueryError error={query.error} /> : <Table loading={query.isPending} {...table} />;
}
