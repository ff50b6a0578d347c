"use client";
// IAM > Policies: "Policies (N)", Filter by Type, a server-side name search with "N matches", numbered
// pages over the whole catalog sorted by the server (name, type, description), single selection
// for Delete (customer managed only), Create policy.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDebouncedSearch } from "@/components/ui/use-debounced-search";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { ListPage, listCounter } from "@/components/ui/list-page";
import { Pagination } from "@/components/ui/pagination";
import { MatchCount, SearchInput } from "@/components/ui/search-input";
import type { SortingState } from "@/components/ui/sorting";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { AttachPolicyModal } from "./attach-policy-modal";
import { DeletePolicyModal } from "./delete-policy-modal";
import { DetachPolicyModal } from "./detach-policy-modal";
import { PolicyActionsMenu } from "./policy-actions-menu";
import { usePoliciesTable } from "./hooks/use-policies-table";
import { TypeFilter } from "./type-filter";
import { policyPagePath, usedAs, type PolicyRow, type PolicyTypeFilter } from "./types";

// Waits for typing to pause, so each keystroke doesn't become a request.
const SEARCH_DEBOUNCE_MS = 200;
const PAGE_SIZE = 25;

const TYPES: [PolicyTypeFilter, string][] = [
  ["All", "All types"],
  ["AWS", "AWS managed"],
  ["Local", "Customer managed"],
  ["JobFunction", "AWS managed - job function"],
];

const COLUMNS: Column<PolicyRow>[] = [
  { id: "name", header: "Policy name", sortingField: "PolicyName", cell: (p) => <Link href={policyPagePath(p.Arn)}>{p.PolicyName}</Link> },
  { id: "type", header: "Type", sortingField: "Type", cell: (p) => p.Type },
  { id: "usedAs", header: "Used as", cell: (p) => usedAs(p) },
  { id: "description", header: "Description", sortingField: "Description", cell: (p) => <span className="text-sm">{p.Description || "-"}</span> },
];

export function PoliciesList() {
  const router = useRouter();
  const { push } = useFlash();
  const [type, setType] = useState<PolicyTypeFilter>("All");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  // Sorted by the server over the whole catalog, Policy name ascending at first.
  const [sorting, setSorting] = useState<SortingState>({ field: "PolicyName", descending: false });
  const [dialog, setDialog] = useState<"delete" | "attach" | "detach" | null>(null);
  const openDialog = (d: typeof dialog) => (o: boolean) => setDialog(o ? d : null);

  const { typed, setTyped, search } = useDebouncedSearch(SEARCH_DEBOUNCE_MS, () => setPage(1));

  const query = usePoliciesTable({ type, search, page, pageSize: PAGE_SIZE, sorting });
  const data = query.data;
  const items = data?.Policies ?? [];
  const chosen = items.find((p) => p.Arn === selected[0]);
  const filtered = type !== "All" || search !== "";

  return (
    <>
      <ListPage
        title="Policies"
        counter={listCounter(data?.Total, chosen ? 1 : 0)}
        description="A policy is an object in AWS that defines permissions."
        query={query}
        actions={
          <>
            <PolicyActionsMenu disabled={!chosen} onAttach={() => setDialog("attach")} onDetach={() => setDialog("detach")} />
            <Button disabled={chosen?.Type !== "Customer managed"} onClick={() => setDialog("delete")}>
              Delete
            </Button>
            <Button variant="primary" onClick={() => router.push("/iam/policies/create")}>
              Create policy
            </Button>
          </>
        }
        toolbar={
          <>
            <TypeFilter
              options={TYPES}
              value={type}
              onChange={(t) => {
                setType(t);
                setPage(1);
                setSelected([]);
              }}
            />
            <SearchInput label="Search policies" placeholder="Filter policies by property or policy name and press enter" value={typed} onChange={setTyped} />
            {filtered && data && <MatchCount count={data.Matches} />}
            <div className="ml-auto">
              <Pagination page={page} pageCount={data ? Math.ceil(data.Matches / PAGE_SIZE) : 1} onChange={setPage} disabled={query.isPlaceholderData} />
            </div>
          </>
        }
      >
        <Table
          label="Policies"
          columns={COLUMNS}
          items={items}
          itemKey={(p) => p.Arn}
          loading={query.isPending}
          loadingText="Loading policies"
          selectionType="single"
          selected={selected}
          onSelectedChange={setSelected}
          firstIndex={(page - 1) * PAGE_SIZE + 1}
          totalCount={data?.Matches}
          sorting={sorting}
          onSortingChange={(next) => {
            setSorting(next);
            setPage(1);
          }}
          empty={<EmptyState title="No matches" description="We can't find a match." />}
        />
      </ListPage>
      {chosen && (
        <>
          <DeletePolicyModal
            policy={chosen}
            open={dialog === "delete"}
            onOpenChange={openDialog("delete")}
            onDeleted={(name) => {
              setSelected([]);
              push({ type: "success", content: `Policy ${name} deleted.` });
            }}
          />
          <AttachPolicyModal policy={chosen} open={dialog === "attach"} onOpenChange={openDialog("attach")} onDone={(m) => push({ type: "success", content: m })} />
          <DetachPolicyModal policy={chosen} open={dialog === "detach"} onOpenChange={openDialog("detach")} onDone={(m) => push({ type: "success", content: m })} />
        </>
      )}
    </>
  );
}
