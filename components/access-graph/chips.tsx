// An edge's requirement chips (spec §3.1), as text so the table view and the panel read the same.
import type { EdgeChip, GraphEdge } from "@/lib/graph/types";
import { chipLabel } from "@/lib/graph/layout-input";

export function Chips({ chips }: { chips: EdgeChip[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Requirements">
      {chips.map((c) => (
        <li
          key={chipLabel(c)}
          className={`rounded-full border px-2 text-xs leading-5 ${c.kind === "cross-account" ? "border-[#ec7211] bg-[#fef6ee]" : "border-aws-border bg-white"}`}
        >
          {chipLabel(c)}
        </li>
      ))}
    </ul>
  );
}

/** "3× (CloudTrail)", or the Access Analyzer-style "unused" flag for a trust never exercised. */
export function observedText(edge: GraphEdge): string {
  if (edge.kind !== "can-assume") return "—";
  if (edge.observed === undefined) return "—";
  return edge.observed > 0 ? `${edge.observed}× (CloudTrail)` : "Never (unused)";
}
