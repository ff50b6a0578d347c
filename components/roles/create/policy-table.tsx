"use client";
// Step 2's managed-policy table over the whole catalog: Filter by Type, a debounced search with
// "N matches", numbered pages, checkboxes (or radios for the boundary), and + to show a policy's JSON.
import { Fragment, useEffect, useState } from "react";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { QueryError } from "@/components/ui/access-denied-alert";
import { Pagination } from "../list/pagination";
import { usePolicyDocument } from "./use-policy-document";
import { useWizardPolicies, WIZARD_POLICY_PAGE_SIZE, type PolicyTypeFilter } from "./use-wizard-policies";
import type { PickedPolicy } from "./wizard-state";

const TYPES: [PolicyTypeFilter, string][] = [
  ["All", "All types"],
  ["AWS", "AWS managed"],
  ["Local", "Customer managed"],
  ["JobFunction", "AWS managed - job function"],
];
const SEARCH_DEBOUNCE_MS = 250;

function PolicyJson({ arn }: { arn: string }) {
  const doc = usePolicyDocument(arn);
  if (doc.isError) return <QueryError error={doc.error} />;
  if (!doc.data) return <span role="status" aria-busy="true">Loading policy</span>;
  return <pre className="max-h-72 overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">{doc.data.Document}</pre>;
}

export function PolicyTable({
  label,
  selectionType,
  selected,
  onChange,
  onTotal,
}: {
  label: string;
  selectionType: "multi" | "single";
  selected: PickedPolicy[];
  onChange: (next: PickedPolicy[]) => void;
  onTotal?: (n: number) => void;
}) {
  const [type, setType] = useState<PolicyTypeFilter>("All");
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<string | null>(null);
  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => setPage(1));
  const query = useWizardPolicies({ type, search, page });
  const total = query.data?.Total;
  useEffect(() => {
    if (total !== undefined) onTotal?.(total);
  }, [total, onTotal]);
  const rows = query.data?.Policies ?? [];
  const chosen = new Set(selected.map((p) => p.arn));
  const pageCount = Math.max(1, Math.ceil((query.data?.Matches ?? 0) / WIZARD_POLICY_PAGE_SIZE));
  const toggle = (p: PickedPolicy) => {
    if (selectionType === "single") onChange([p]);
    else onChange(chosen.has(p.arn) ? selected.filter((x) => x.arn !== p.arn) : [...selected, p]);
  };
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-bold">Filter by Type</span>
          <select
            value={type}
            onChange={(e) => {
              setType(e.target.value as PolicyTypeFilter);
              setPage(1);
            }}
            className="rounded-lg border-2 border-aws-border px-2 py-1"
          >
            {TYPES.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          aria-label={`Search ${label}`}
          placeholder="Search"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          className="w-full max-w-sm rounded-lg border-2 border-aws-border px-3 py-1"
        />
        {search && query.data && <span className="text-sm text-aws-muted">{query.data.Matches === 1 ? "1 match" : `${query.data.Matches} matches`}</span>}
        <div className="ml-auto">
          <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} onChange={setPage} />
        </div>
      </div>
      {query.isError ? (
        <QueryError error={query.error} />
      ) : (
        <table aria-label={label} className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-aws-divider text-aws-muted">
              <th className="w-10 px-2 py-2" />
              <th className="px-3 py-2">Policy name</th>
              <th className="px-3 py-2">Type</th>
              <th className="px-3 py-2">Description</th>
            </tr>
          </thead>
          <tbody>
            {!query.data ? (
              <tr>
                <td colSpan={4} className="py-6 text-center text-aws-muted">
                  <span role="status" aria-busy="true">Loading policies</span>
                </td>
              </tr>
            ) : rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="py-6 text-center text-aws-muted">
                  No matches
                </td>
              </tr>
            ) : (
              rows.map((r) => {
                const picked = { arn: r.Arn, name: r.PolicyName, type: r.Type };
                const open = expanded === r.Arn;
                return (
                  <Fragment key={r.Arn}>
                    <tr className={`border-b border-aws-divider ${chosen.has(r.Arn) ? "bg-aws-blue-light" : ""}`}>
                      <td className="px-2 py-2">
                        <input
                          type={selectionType === "single" ? "radio" : "checkbox"}
                          name={selectionType === "single" ? `${label}-choice` : undefined}
                          aria-label={`Select ${r.PolicyName}`}
                          checked={chosen.has(r.Arn)}
                          onChange={() => toggle(picked)}
                        />
                      </td>
                      <td className="px-3 py-2">
                        <button
                          type="button"
                          aria-expanded={open}
                          aria-label={`${open ? "Hide" : "Show"} JSON of ${r.PolicyName}`}
                          className="mr-1 w-4 font-bold text-aws-muted"
                          onClick={() => setExpanded(open ? null : r.Arn)}
                        >
                          {open ? "−" : "+"}
                        </button>
                        {r.PolicyName}
                      </td>
                      <td className="px-3 py-2">{r.Type}</td>
                      <td className="max-w-md truncate px-3 py-2" title={r.Description}>
                        {r.Description}
                      </td>
                    </tr>
                    {open && (
                      <tr>
                        <td colSpan={4} className="px-3 pb-3">
                          <PolicyJson arn={r.Arn} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
