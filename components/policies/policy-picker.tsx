"use client";
// The one policy picker (console-spec §3.2, issue #16): the Create role wizard's "Permissions
// policies", the Attach policies / Add permissions pages of roles, users and groups, the new group
// form, and the permissions-boundary pickers all use it, so they agree on AWS's behaviour:
// "Filter by Type" (AWS managed, AWS managed - job function, Customer managed), a search with
// "N matches", server-side numbered pages over the whole catalog, + to expand a row's JSON, and a
// "(k/N)" selected count. A boundary is one policy: `selectionType="single"` shows radios.
import { Fragment, useState } from "react";
import { QueryError } from "@/components/ui/access-denied-alert";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { MatchCount, SearchInput } from "@/components/ui/search-input";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { usePoliciesTable } from "./hooks/use-policies-table";
import { usePolicyDocument } from "./hooks/use-policy-document";
import { TypeFilter } from "./type-filter";
import type { PickedPolicy, PolicyRow, PolicyTypeFilter } from "./types";

// Waits for typing to pause before searching, so each keystroke doesn't hit the server.
const SEARCH_DEBOUNCE_MS = 250;
export const PICKER_PAGE_SIZE = 10;

const TYPES: [PolicyTypeFilter, string][] = [
  ["All", "All types"],
  ["AWS", "AWS managed"],
  ["JobFunction", "AWS managed - job function"],
  ["Local", "Customer managed"],
];

function PolicyJson({ arn }: { arn: string }) {
  const doc = usePolicyDocument(arn);
  if (doc.isError) return <QueryError error={doc.error} />;
  if (!doc.data) return <span role="status" aria-busy="true">Loading policy</span>;
  return <pre className="max-h-72 overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">{doc.data.Document}</pre>;
}

export interface PolicyPickerProps {
  selected: PickedPolicy[];
  onSelectedChange: (next: PickedPolicy[]) => void;
  /** "single" for a permissions boundary: one policy, chosen with radio buttons. */
  selectionType?: "multi" | "single";
  /** Policies the entity already has: shown checked and disabled, as AWS does. */
  attachedArns?: string[];
  title?: string;
  description?: React.ReactNode;
  info?: string;
  actions?: React.ReactNode;
  /** The table's accessible name (and, prefixed with "Search", the search box's). */
  label?: string;
  /** Without its own card, for a picker nested in another container (the wizard's boundary). */
  embedded?: boolean;
  /** Shown above the filters, e.g. the wizard's 10-policy quota warning. */
  children?: React.ReactNode;
}

export function PolicyPicker({
  selected,
  onSelectedChange,
  selectionType = "multi",
  attachedArns = [],
  title = "Permissions policies",
  description,
  info,
  actions,
  label = "Permissions policies",
  embedded = false,
  children,
}: PolicyPickerProps) {
  const single = selectionType === "single";
  const [type, setType] = useState<PolicyTypeFilter>("All");
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<string | null>(null);
  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => setPage(1));
  const query = usePoliciesTable({ type, search, page, pageSize: PICKER_PAGE_SIZE });
  const rows = query.data?.Policies ?? [];
  const total = query.data?.Total;
  const matches = query.data?.Matches ?? 0;
  const pageCount = Math.max(1, Math.ceil(matches / PICKER_PAGE_SIZE));
  const attached = new Set(attachedArns);
  const chosen = new Set(selected.map((p) => p.arn));

  const toggle = (r: PolicyRow) => {
    const picked = { arn: r.Arn, name: r.PolicyName, type: r.Type };
    if (single) onSelectedChange([picked]);
    else onSelectedChange(chosen.has(r.Arn) ? selected.filter((p) => p.arn !== r.Arn) : [...selected, picked]);
  };

  const body = (
    <>
      {children}
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <TypeFilter
          options={TYPES}
          value={type}
          onChange={(t) => {
            setType(t);
            setPage(1);
          }}
        />
        <SearchInput label={label === "Permissions policies" ? "Search policies" : `Search ${label}`} value={typed} onChange={setTyped} />
        {search && query.data && <MatchCount count={matches} />}
        <div className="ml-auto">
          <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} onChange={setPage} disabled={query.isPlaceholderData} />
        </div>
      </div>
      {query.isError ? (
        <QueryError error={query.error} />
      ) : (
        <table aria-label={label} className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-aws-divider text-aws-muted">
              <th className="w-10 px-2 py-2">
                <span className="sr-only">Selection</span>
              </th>
              <th className="px-3 py-2">Policy name</th>
              <th className="px-3 py-2">Type</th>
              <th className="px-3 py-2">Description</th>
            </tr>
          </thead>
          <tbody>
            {!query.data ? (
              <tr>
                <td colSpan={4} className="py-6 text-center text-aws-muted">
                  <span role="status" aria-busy="true">
                    Loading policies
                  </span>
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
                const open = expanded === r.Arn;
                const isAttached = attached.has(r.Arn);
                return (
                  <Fragment key={r.Arn}>
                    <tr className={`border-b border-aws-divider ${chosen.has(r.Arn) ? "bg-aws-blue-light" : ""}`}>
                      <td className="px-2 py-2">
                        <input
                          type={single ? "radio" : "checkbox"}
                          name={single ? `${label}-choice` : undefined}
                          aria-label={`Select ${r.Arn}`}
                          checked={isAttached || chosen.has(r.Arn)}
                          disabled={isAttached}
                          onChange={() => toggle(r)}
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
                        {isAttached && <span className="ml-2 text-xs text-aws-muted">(attached)</span>}
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
    </>
  );

  if (embedded) return <div>{body}</div>;
  return (
    <Container
      title={title}
      counter={total === undefined ? undefined : single ? `(${total})` : `(${selected.length}/${total})`}
      info={info}
      actions={actions}
      description={
        description ?? (single ? "Choose one policy to set as the permissions boundary." : "Choose one or more policies to attach.")
      }
    >
      {body}
    </Container>
  );
}
