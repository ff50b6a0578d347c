"use client";
// The left column's Policies pane: one checkbox per policy of the source (inline, managed, group
// policies, the boundary) to include or leave out of the simulation, and its name to view or edit it
// in place. New Policy mode shows the Policy Sandbox of pasted policies instead.
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface PaneEntry {
  id: string;
  name: string;
  /** "Inline policy", "Managed policy", "Group SimGroup: inline policy", "Permissions boundary", … */
  label: string;
  included: boolean;
  edited: boolean;
}

export function PoliciesPane({
  title,
  entries,
  loading,
  error,
  empty,
  onToggle,
  onView,
  actions,
}: {
  title: string;
  entries: PaneEntry[];
  loading?: boolean;
  error?: unknown;
  empty: string;
  onToggle: (id: string, included: boolean) => void;
  onView: (id: string) => void;
  actions?: React.ReactNode;
}) {
  return (
    <Container title={title} counter={entries.length ? `(${entries.filter((e) => e.included).length}/${entries.length})` : undefined} actions={actions}>
      {Boolean(error) && <ErrorAlert error={error} />}
      {loading && <p className="text-sm text-aws-muted">Loading policies…</p>}
      {!loading && entries.length === 0 && <p className="text-sm text-aws-muted">{empty}</p>}
      <ul className="text-sm">
        {entries.map((e) => (
          <li key={e.id} className="flex items-start gap-2 border-b border-aws-divider py-1 last:border-0">
            <input type="checkbox" className="mt-1" aria-label={e.name} checked={e.included} onChange={(ev) => onToggle(e.id, ev.target.checked)} />
            <div className="min-w-0">
              <Button variant="link" className="!px-0 text-left break-all" onClick={() => onView(e.id)} aria-label={`View ${e.name}`}>
                {e.name}
              </Button>
              <div className="text-xs text-aws-muted">
                {e.label}
                {e.edited && " · edited (not saved)"}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Container>
  );
}
