"use client";
// IAM › Access graph (issue #14 §3, spec §3.4): who can assume what, drawn layered from identity
// providers and services through the identity account to the workload accounts, with a search,
// the three path queries, an edge panel explaining both sides, and a table of the same edges.
// The server lays every view out (lib/graph/layout.ts): the whole graph comes with the graph, a
// search draws its matches and their neighbours and a query its paths, each in positions of its own.
import { InfoLink } from "@/components/help/info-link";
import { longDate } from "@/components/ui/time";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphLayout, GraphPath } from "@/lib/graph/types";
import { COLORS } from "@/lib/graph/layout-input";
import { edgesTouching, neighborhood, pathsHighlight, searchNodes, type Highlight, type ViewState } from "@/lib/graph/view-state";
import { AccessDeniedAlert, denialOf } from "@/components/ui/access-denied-alert";
import { ErrorAlert } from "@/components/ui/error-alert";
import { DetailTabs, TabPanel, useUrlTab } from "@/components/ui/detail-tabs";
import { MatchCount, SearchInput } from "@/components/ui/search-input";
import { useAccessGraph, useGraphLayout } from "./use-access-graph";
import { EdgePanel } from "./edge-panel";
// xyflow arrives with the page's own scripts, not through next/dynamic: a lazy component suspends on
// its first render even once its code is here, and React then reveals it only after its fallback
// throttle (~300 ms, bench:graph-page). It never renders on the server: the graph is fetched in the browser.
import GraphCanvas from "./graph-canvas";
import { EdgesTable } from "./edges-table";
import { QueryControls } from "./query-controls";

/** A search's drawing follows the typing once it pauses. */
const SEARCH_LAYOUT_DELAY_MS = 250;

function useDebounced(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
  }, [value, delayMs]);
  return settled;
}

const TABS = [
  ["graph", "Graph"],
  ["table", "Table"],
] as const;

function Legend() {
  const line = (label: string, stroke: string, dash?: string) => (
    <li className="flex items-center gap-2">
      <svg width="36" height="8" aria-hidden>
        <line x1="0" y1="4" x2="36" y2="4" style={{ stroke }} strokeWidth="2" strokeDasharray={dash} />
      </svg>
      {label}
    </li>
  );
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-aws-muted">
      {line("Can assume", COLORS.ink)}
      {line("Can assume with conditions (chips)", COLORS.ink, "6 4")}
      {line("Cross-account", COLORS.crossAccount)}
      {line("Member of group", COLORS.memberOf, "2 4")}
      <li className="flex items-center gap-2">
        <span className="inline-block size-3 rounded-sm border border-aws-border bg-white shadow-[0_0_0_3px_rgba(217,21,21,0.45)]" aria-hidden />
        Can reach admin
      </li>
    </ul>
  );
}

export function AccessGraphView() {
  const graphQuery = useAccessGraph();
  const graph = graphQuery.data;
  const [tab, setTab] = useUrlTab("tab", "graph", "/iam/access-graph");
  const [search, setSearch] = useState("");
  const [reveal, setReveal] = useState<{ ids: string[]; n: number } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [paths, setPaths] = useState<GraphPath[] | null>(null);
  const [answerLayout, setAnswerLayout] = useState<GraphLayout | null>(null);
  const [openEdgeId, setOpenEdgeId] = useState<string | null>(null);
  const [showDenied, setShowDenied] = useState(false);
  // Which positions are drawn: a query's answer; else a search's view or the graph with its denied
  // edges (fetched; the previous drawing stays meanwhile); else the whole graph's, sent with it.
  const layoutSearch = useDebounced(search.trim(), SEARCH_LAYOUT_DELAY_MS);
  const ownView = !!graph && !answerLayout && (!!layoutSearch || showDenied);
  const viewLayout = useGraphLayout({ search: layoutSearch, denied: showDenied }, ownView);
  const layout = answerLayout ?? (ownView ? viewLayout.data : undefined) ?? graph?.layout;

  const label = useMemo(() => {
    const byId = new Map((graph?.nodes ?? []).map((n) => [n.id, n.label]));
    return (id: string) => byId.get(id) ?? id;
  }, [graph]);
  const matches = useMemo(() => (graph ? searchNodes(graph, search) : []), [graph, search]);
  const focus = useMemo<Highlight | null>(() => (graph && focusId ? neighborhood(graph, focusId) : null), [graph, focusId]);
  const pathLight = useMemo(() => (paths ? pathsHighlight(paths) : null), [paths]);
  const view = useMemo<ViewState>(() => ({ focus, path: pathLight, matches: new Set(matches) }), [focus, pathLight, matches]);
  // Stable, as the drawing's handlers (graph-canvas.tsx) are: a new one would re-render every node.
  const toggleFocus = useCallback((id: string | null) => setFocusId((cur) => (id && cur === id ? null : id)), []);
  const onPaths = useCallback((p: GraphPath[] | null, answer: GraphLayout | null) => {
    setPaths(p);
    setAnswerLayout(answer);
    if (p && p.length) setReveal((r) => ({ ids: [...new Set(p.flatMap((x) => x.nodes))], n: (r?.n ?? 0) + 1 }));
  }, []);

  if (graphQuery.isPending) return <p role="status" aria-busy="true" className="text-aws-muted">Loading the access graph…</p>;
  if (graphQuery.error) {
    const denial = denialOf(graphQuery.error);
    return denial ? <AccessDeniedAlert denial={denial} /> : <ErrorAlert error={graphQuery.error} header="The access graph could not be loaded" />;
  }
  const g = graph!;
  const openEdge = openEdgeId ? (g.edges.find((e) => e.id === openEdgeId) ?? null) : null;
  const tableEdges = edgesTouching(
    g.edges.filter((e) => showDenied || e.kind !== "trusted-but-denied"),
    search.trim() ? matches : null,
  );
  const focusNode = focusId ? g.nodes.find((n) => n.id === focusId) : undefined;

  const onSearchKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter" || matches.length === 0) return;
    e.preventDefault();
    // Enter walks through the matches: each press brings the next one into view and focuses it.
    setReveal((r) => {
      const at = r && r.ids.length === 1 ? matches.indexOf(r.ids[0]) : -1;
      return { ids: [matches[(at + 1) % matches.length]], n: (r?.n ?? 0) + 1 };
    });
    setTab("graph");
  };

  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-2xl font-bold">
          Access graph <InfoLink topic="access-graph" />
        </h1>
        <p className="text-aws-muted">
          Who can assume what: an edge is drawn only where the policy engine allows the whole request — identity policies, permissions
          boundary and SCPs of the caller, trust policy and RCPs of the role. Computed {longDate(g.computedAt)}.
        </p>
      </div>
      <QueryControls graph={g} label={label} onPaths={onPaths} />
      <div className="flex flex-wrap items-center gap-3">
        <SearchInput label="Search nodes" placeholder="Search users, groups, roles, providers" value={search} onChange={setSearch} onKeyDown={onSearchKey} />
        {search.trim() && <MatchCount count={matches.length} />}
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={showDenied} onChange={(e) => setShowDenied(e.target.checked)} />
          Show trusted but identity-denied edges
        </label>
        {focusNode && (
          <span className="text-sm" role="status">
            Showing what reaches and is reached by <span className="font-bold">{focusNode.label}</span>{" "}
            <button type="button" className="font-bold text-aws-blue" onClick={() => setFocusId(null)}>
              Show all
            </button>
          </span>
        )}
      </div>
      <DetailTabs label="Access graph views" tabs={TABS} value={tab} onChange={setTab}>
        <TabPanel value="graph" className="grid gap-2">
          <Legend />
          {viewLayout.error && <ErrorAlert error={viewLayout.error} header="This view could not be laid out" />}
          <div className="h-[70vh] min-h-[480px] rounded-2xl border border-aws-divider bg-white" aria-label="Access graph drawing" role="region">
            <GraphCanvas
              graph={g}
              layout={layout!}
              view={view}
              reveal={reveal}
              onOpenEdge={setOpenEdgeId}
              onFocusNode={toggleFocus}
            />
          </div>
        </TabPanel>
        <TabPanel value="table">
          <EdgesTable edges={tableEdges} label={label} onExplain={setOpenEdgeId} />
        </TabPanel>
      </DetailTabs>
      <EdgePanel edge={openEdge} label={label} onClose={() => setOpenEdgeId(null)} />
    </div>
  );
}
