"use client";
// The "Attach policies" picker: server-side search and paging over the whole managed-policy
// catalog (~1,600 AWS policies plus the account's own), a Type filter, and multi-select by ARN.
// Policies already attached show as such and can't be selected again.
import { useState } from "react";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { SearchInput } from "@/components/ui/search-input";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { TypeFilter } from "./type-filter";
import { PICKER_PAGE_SIZE, policyTypeFromArn, usePolicySearch, type PickerPolicy, type PickerScope } from "./policy-picker-search";

// Waits for typing to pause before searching, so each keystroke doesn't hit the server.
const SEARCH_DEBOUNCE_MS = 250;

const SCOPES: [PickerScope, string][] = [
  ["All", "All types"],
  ["AWS", "AWS managed"],
  ["Local", "Customer managed"],
];

export function PolicyPicker({
  selected,
  onSelectedChange,
  attachedArns = [],
  title = "Other permissions policies",
  single = false,
}: {
  selected: string[];
  onSelectedChange: (arns: string[]) => void;
  attachedArns?: string[];
  title?: string;
  /** A permissions boundary: exactly one policy, chosen with radio buttons, as AWS's boundary picker. */
  single?: boolean;
}) {
  const [scope, setScope] = useState<PickerScope>("All");
  const [markers, setMarkers] = useState<(string | undefined)[]>([undefined]);
  const page = markers.length - 1;

  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => setMarkers([undefined]));

  const query = usePolicySearch({ scope, search, marker: markers[page] });
  const items = query.data?.Policies ?? [];
  const attached = new Set(attachedArns);

  const columns: Column<PickerPolicy>[] = [
    {
      id: "name",
      header: "Policy name",
      cell: (p) => (
        <span>
          {p.PolicyName}
          {attached.has(p.Arn) && <span className="ml-2 text-xs text-aws-muted">(attached)</span>}
        </span>
      ),
    },
    { id: "type", header: "Type", cell: (p) => policyTypeFromArn(p.Arn) },
    { id: "entities", header: "Attached entities", cell: (p) => p.AttachmentCount },
  ];

  return (
    <Container
      title={title}
      counter={selected.length && !single ? `(${selected.length} selected)` : undefined}
      description={
        single
          ? "Choose one policy to set as the permissions boundary. Search covers every AWS managed and customer managed policy."
          : "Choose one or more policies to attach. Search covers every AWS managed and customer managed policy."
      }
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <TypeFilter
          options={SCOPES}
          value={scope}
          onChange={(t) => {
            setScope(t);
            setMarkers([undefined]);
          }}
        />
        <SearchInput label="Search policies" value={typed} onChange={setTyped} />
        <div className="ml-auto flex items-center gap-2 text-sm">
          <Button variant="icon" aria-label="Previous page" disabled={page === 0} onClick={() => setMarkers((m) => m.slice(0, -1))}>
            ‹
          </Button>
          <span aria-live="polite">Page {page + 1}</span>
          <Button
            variant="icon"
            aria-label="Next page"
            disabled={!query.data?.IsTruncated || query.isPlaceholderData}
            onClick={() => setMarkers((m) => [...m, query.data?.Marker])}
          >
            ›
          </Button>
        </div>
      </div>
      <QueryTable
        query={query}
        label="Permissions policies"
        columns={columns}
        items={items}
        itemKey={(p) => p.Arn}
        loadingText="Loading policies"
        selectionType={single ? "single" : "multi"}
        selected={selected}
        onSelectedChange={(keys) => {
          if (single) return onSelectedChange(keys.slice(-1));
          // The table only knows this page: keep selections made on other pages.
          const onPage = new Set(items.map((p) => p.Arn));
          const next = new Set([...selected.filter((k) => !onPage.has(k)), ...keys.filter((k) => onPage.has(k))]);
          onSelectedChange([...next].filter((k) => !attached.has(k)));
        }}
        firstIndex={page * PICKER_PAGE_SIZE + 1}
        empty={<EmptyState title="No matches" description="No policies match the search." />}
      />
    </Container>
  );
}
