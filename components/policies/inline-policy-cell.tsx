"use client";
// The Policy name cell of a "Customer inline" row on the role, user and group Permissions tabs:
// ▸/▾ expands the policy's JSON in place (inline policies have no page of their own).
export function InlinePolicyCell({ name, document, expanded, onToggle, children }: { name: string; document: string; expanded: boolean; onToggle: () => void; children?: React.ReactNode }) {
  return (
    <div>
      <button type="button" aria-label={`${expanded ? "Collapse" : "Expand"} ${name}`} aria-expanded={expanded} className="mr-1 text-aws-muted" onClick={onToggle}>
        {expanded ? "▾" : "▸"}
      </button>
      <span>{name}</span>
      {expanded && (
        <div className="mt-2 max-w-2xl">
          {children}
          <pre className="overflow-auto rounded-lg bg-aws-bg p-3 font-mono text-xs">{pretty(document)}</pre>
        </div>
      )}
    </div>
  );
}

function pretty(document: string): string {
  try {
    return JSON.stringify(JSON.parse(document), null, 4);
  } catch {
    return document;
  }
}
