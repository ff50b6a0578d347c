"use client";
// Access Analyzer's findings under the editor: counts per severity as tabs, then "Title: details"
// with the line and column, as the console's policy validation panel shows them.
import { ExternalLink } from "@/components/help/external-link";
import * as Tabs from "@radix-ui/react-tabs";
import type { Finding, FindingType } from "@/lib/policy/types";

const GROUPS: { type: FindingType; label: string }[] = [
  { type: "SECURITY_WARNING", label: "Security" },
  { type: "ERROR", label: "Errors" },
  { type: "WARNING", label: "Warnings" },
  { type: "SUGGESTION", label: "Suggestions" },
];

/** `denied`: the caller may not run access-analyzer:ValidatePolicy; the panel says so instead of counting nothing. */
export function FindingsPanel({ findings, denied }: { findings: Finding[]; denied?: Error | null }) {
  if (denied) {
    return (
      <div role="status" className="mt-2 rounded-lg border border-aws-divider bg-aws-bg px-3 py-2 text-sm">
        <p className="font-bold">Policy validation is not available</p>
        <p className="text-aws-muted">{denied.message}</p>
        <p className="text-aws-muted">IAM still checks the policy when you save it.</p>
      </div>
    );
  }
  const first = GROUPS.find((g) => findings.some((f) => f.findingType === g.type))?.type ?? "SECURITY_WARNING";
  return (
    <Tabs.Root defaultValue={first} key={first} className="mt-2 rounded-lg border border-aws-divider">
      <Tabs.List aria-label="Policy validation" className="flex gap-4 border-b border-aws-divider px-3">
        {GROUPS.map((g) => (
          <Tabs.Trigger
            key={g.type}
            value={g.type}
            className="py-2 text-sm font-bold text-aws-muted data-[state=active]:border-b-2 data-[state=active]:border-aws-blue data-[state=active]:text-aws-blue"
          >
            {g.label}: {findings.filter((f) => f.findingType === g.type).length}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {GROUPS.map((g) => {
        const items = findings.filter((f) => f.findingType === g.type);
        return (
          <Tabs.Content key={g.type} value={g.type} className="max-h-48 overflow-auto px-3 py-2 text-sm">
            {items.length === 0 ? (
              <p className="text-aws-muted">No {g.label.toLowerCase()}.</p>
            ) : (
              <ul className="grid gap-1">
                {items.map((f, i) => (
                  <li key={i}>
                    <span className="text-aws-muted">
                      Ln {f.locations[0]?.span.start.line ?? 1}, Col {f.locations[0]?.span.start.column ?? 1}
                    </span>{" "}
                    {f.findingDetails}{" "}
                    {f.learnMoreLink && (
                      <ExternalLink href={f.learnMoreLink}>Learn more</ExternalLink>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Tabs.Content>
        );
      })}
    </Tabs.Root>
  );
}
