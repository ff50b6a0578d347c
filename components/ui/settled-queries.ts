// Which react-query fetches hold <main data-settled> down (components/ui/settled.tsx). A query that
// polls while it is open — the lab panel re-reads its checks every 3 s — would make the flag flicker
// off and on for the whole lab, so a demo's shot could wait on a poll or catch the page between two:
// its refetches do not count. Its first load, before it has data, still does.
import { hashKey, type Query } from "@tanstack/react-query";
import { CURRENT_LAB } from "@/components/labs/use-lab";

const BACKGROUND_POLLS = new Set([hashKey(CURRENT_LAB)]);

/** Whether this query's fetch is loading the page (not a background poll's refetch). */
export function holdsSettled(query: Query): boolean {
  return !(BACKGROUND_POLLS.has(query.queryHash) && query.state.data !== undefined);
}
