"use client";
// The text view of the drawing (issue #14: for screen readers): one row per edge, the same edges
// the graph draws, with the requirements as chips and an Explain button opening the same panel.
import type { AccessGraph, GraphEdge } from "@/lib/graph/types";
import { Table, type Column } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { Chips, observedText } from "./chips";

const ACTION: Record<GraphEdge["kind"], string> = { "can-assume": "", "member-of": "Member of", "trusted-but-denied": "Trusted but identity-denied" };

export function EdgesTable({ edges, label, onExplain }: { edges: AccessGraph["edges"]; label: (id: string) => string; onExplain: (id: string) => void }) {
  const columns: Column<GraphEdge>[] = [
    { id: "source", header: "Source", cell: (e) => <span title={e.source}>{label(e.source)}</span> },
    { id: "target", header: "Target", cell: (e) => <span title={e.target}>{label(e.target)}</span> },
    { id: "action", header: "Action", cell: (e) => ACTION[e.kind] || e.action || "—" },
    { id: "requirements", header: "Requirements", cell: (e) => (e.chips.some((c) => c.kind !== "cross-account") ? <Chips chips={e.chips.filter((c) => c.kind !== "cross-account")} /> : "None") },
    { id: "cross", header: "Cross-account", cell: (e) => (e.crossAccount ? "Yes" : "No") },
    { id: "observed", header: "Observed", cell: observedText },
    {
      id: "explain",
      header: "Explanation",
      cell: (e) => (
        <Button variant="link" onClick={() => onExplain(e.id)} aria-label={`Explain ${label(e.source)} to ${label(e.target)}`}>
          Explain
        </Button>
      ),
    },
  ];
  return <Table label="Access graph edges" columns={columns} items={edges} itemKey={(e) => e.id} empty={<p>No edges.</p>} />;
}
