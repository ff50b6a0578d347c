"use client";
// CloudTrail › Event history (spec §1.5): the account's events newest first, filtered by one lookup
// attribute (Read-only = false until the user picks another) and a time range; pages follow the
// store's cursor (`< 1 2 … >` grows as later pages are reached); up to 5 selected events can be
// compared; Download exports the current filter. The filter lives in the URL, so a link or a reload
// lands on the same view.
import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ListPage } from "@/components/ui/list-page";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table } from "@/components/ui/table";
import type { EventRow } from "@/lib/cloudtrail/event-row";
import { filterParams, PAGE_SIZES, type THistoryFilter } from "@/lib/cloudtrail/history-query";
import { LOOKUP_ATTRIBUTE_KEYS, type LookupAttributeKey } from "@/lib/cloudtrail/types";
import { EVENT_COLUMNS } from "./columns";
import { COMPARE_MAX, CompareModal } from "./compare-modal";
import { DownloadMenu } from "./download-menu";
import { useEventHistory } from "./hooks/use-event-history";
import { LookupFilter, type AttributeFilter } from "./lookup-filter";
import { TimeRangeFilter, type TimeRange } from "./time-range";

const DEFAULT_ATTRIBUTE: AttributeFilter = { key: "ReadOnly", value: "false" };

/** The view a URL asks for; with no attribute in it, the console's default Read-only = false. */
export function filterFromUrl(params: URLSearchParams): { attribute: AttributeFilter; time: TimeRange } {
  const key = params.get("attributeKey") as LookupAttributeKey | null;
  const attribute = key && LOOKUP_ATTRIBUTE_KEYS.includes(key) ? { key, value: params.get("attributeValue") ?? "" } : DEFAULT_ATTRIBUTE;
  const range = params.get("range");
  const time: TimeRange =
    range === "30m" || range === "1h" || range === "3h" || range === "12h"
      ? { range }
      : { start: params.get("start") ?? undefined, end: params.get("end") ?? undefined };
  return { attribute, time };
}

function toFilter(attribute: AttributeFilter, time: TimeRange): THistoryFilter {
  return { ...(attribute.value ? { attributeKey: attribute.key, attributeValue: attribute.value } : {}), ...time };
}

export function EventHistory({ initialQuery }: { initialQuery: string }) {
  const initial = useMemo(() => filterFromUrl(new URLSearchParams(initialQuery)), [initialQuery]);
  const [attribute, setAttribute] = useState(initial.attribute);
  const [time, setTime] = useState(initial.time);
  const [pageSize, setPageSize] = useState<number>(50);
  const [page, setPage] = useState(1);
  /** cursors[i] loads page i + 2: learned from each page's nextCursor as the pages are reached. */
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState<Map<string, EventRow>>(new Map());
  const [comparing, setComparing] = useState(false);

  const filter = filterParams(toFilter(attribute, time)).toString();
  const events = useEventHistory({ filter, cursor: page > 1 ? cursors[page - 2] : undefined, pageSize });
  const items = events.data?.events ?? [];
  const next = events.isPlaceholderData ? undefined : events.data?.nextCursor;

  useEffect(() => {
    window.history.replaceState(null, "", `/cloudtrail/event-history${filter ? `?${filter}` : ""}`);
  }, [filter]);

  const restart = () => {
    setPage(1);
    setCursors([]);
  };
  // The last page reached so far offers one more when the store said there is more.
  const lastKnown = cursors.length + 1;
  const pageCount = lastKnown + (page === lastKnown && next ? 1 : 0);
  const goTo = (p: number) => {
    if (p > lastKnown && next) setCursors([...cursors, next]);
    setPage(p);
  };

  return (
    <>
      <ListPage
        title="Event history"
        counter={events.data ? `(${items.length}${next ? "+" : ""})` : undefined}
        description="Event history shows you the last 90 days of management events."
        query={events}
        refreshLabel="Refresh events"
        actions={
          <>
            <Button disabled={selected.size < 2} onClick={() => setComparing(true)}>
              Compare events
            </Button>
            <DownloadMenu filter={filter} />
          </>
        }
        toolbar={
          <>
            <LookupFilter
              value={attribute}
              onChange={(a) => {
                setAttribute(a);
                restart();
              }}
            />
            <TimeRangeFilter
              value={time}
              onChange={(t) => {
                setTime(t);
                restart();
              }}
            />
            <div className="ml-auto flex items-center gap-2">
              <Pagination page={page} pageCount={pageCount} onChange={goTo} disabled={events.isFetching} />
              <select
                aria-label="Page size"
                value={pageSize}
                onChange={(e) => {
                  setPageSize(Number(e.target.value));
                  restart();
                }}
                className="rounded-lg border-2 border-aws-border px-2 py-0.5 text-sm"
              >
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n} events
                  </option>
                ))}
              </select>
            </div>
          </>
        }
      >
        {selected.size > 0 && (
          <p className="mb-2 text-sm text-aws-muted" aria-live="polite">
            {selected.size} of {COMPARE_MAX} events selected for comparison.
          </p>
        )}
        <Table
          label="Event history"
          columns={EVENT_COLUMNS}
          items={items}
          itemKey={(e) => e.eventId}
          loading={!events.data}
          loadingText="Loading events"
          selectionType="multi"
          selected={[...selected.keys()]}
          onSelectedChange={(keys) => {
            const onPage = new Map(items.map((e) => [e.eventId, e]));
            const kept = [...selected].filter(([k]) => !onPage.has(k) || keys.includes(k));
            const added = keys.filter((k) => !selected.has(k) && onPage.has(k)).map((k) => [k, onPage.get(k)!] as const);
            // Compare takes at most 5: selections past the fifth are not taken.
            setSelected(new Map([...kept, ...added].slice(0, COMPARE_MAX)));
          }}
          firstIndex={(page - 1) * pageSize + 1}
          empty={<EmptyState title="No matches" description="No events match the filter in this time range." />}
        />
      </ListPage>
      {comparing && <CompareModal events={[...selected.values()]} open onOpenChange={setComparing} />}
    </>
  );
}
