"use client";
// The access graph page's reads (slice 06's routes): the graph with its positions, a view's positions
// (a search, the denied edges), an edge's two-sided explanation, and a query's paths with theirs.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { EdgeExplanation, GraphLayout, GraphPath, PositionedGraph } from "@/lib/graph/types";
import { ACCESS_GRAPH_API as BASE } from "@/lib/graph/api-path";

export function useAccessGraph() {
  return useQuery({ queryKey: queryKeys.accessGraph.graph(), queryFn: ({ signal }) => apiFetch<PositionedGraph>(BASE, { signal }) });
}

/** The positions of a search's view or of the graph with its denied edges; the last view's stay drawn meanwhile. */
export function useGraphLayout(view: { search: string; denied: boolean }, enabled: boolean) {
  const params: Record<string, string> = { ...(view.search ? { search: view.search } : {}), ...(view.denied ? { denied: "true" } : {}) };
  return useQuery({
    queryKey: queryKeys.accessGraph.layout(params),
    queryFn: ({ signal }) => apiFetch<GraphLayout>(`${BASE}/layout?${new URLSearchParams(params)}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useEdgeExplanation(id: string | null) {
  return useQuery({
    queryKey: queryKeys.accessGraph.edge(id ?? ""),
    queryFn: ({ signal }) => apiFetch<EdgeExplanation>(`${BASE}/edges/${encodeURIComponent(id!)}`, { signal }),
    enabled: !!id,
  });
}

export type PathQuery =
  | { query: "who-can-reach"; target: string }
  | { query: "what-can-reach"; source: string }
  | { query: "who-can-reach-admin"; policy?: string };

export function pathQueryParams(q: PathQuery): Record<string, string> {
  const params: Record<string, string> = { query: q.query };
  if (q.query === "who-can-reach") params.target = q.target;
  if (q.query === "what-can-reach") params.source = q.source;
  if (q.query === "who-can-reach-admin" && q.policy) params.policy = q.policy;
  return params;
}

export function usePaths(q: PathQuery | null) {
  const params = q ? pathQueryParams(q) : {};
  return useQuery({
    queryKey: queryKeys.accessGraph.paths(params),
    queryFn: ({ signal }) => apiFetch<{ paths: GraphPath[]; layout: GraphLayout }>(`${BASE}/paths?${new URLSearchParams(params)}`, { signal }),
    enabled: !!q,
  });
}
