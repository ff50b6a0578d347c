// The lab panel's 3-second poll must not flip <main data-settled> (components/ui/settled.tsx counts
// fetches with useIsFetching({ predicate: holdsSettled })): checked on a real QueryClient.
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { CURRENT_LAB } from "@/components/labs/use-lab";
import { holdsSettled } from "./settled-queries";

function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

let client: QueryClient;
afterEach(() => client?.clear());

const loading = () => client.isFetching({ predicate: holdsSettled });

describe("settled: which fetches count", () => {
  it("ignores a refetch of the open lab (the panel's poll)", async () => {
    client = new QueryClient();
    client.setQueryData(CURRENT_LAB, { id: "lab" });
    void client.fetchQuery({ queryKey: CURRENT_LAB, queryFn: never, staleTime: 0 }).catch(() => undefined); // cancelled by clear()
    await Promise.resolve();
    expect(client.isFetching()).toBe(1);
    expect(loading()).toBe(0);
  });

  it("counts the lab's first load, and every other query", async () => {
    client = new QueryClient();
    const lab = new QueryObserver(client, { queryKey: CURRENT_LAB, queryFn: never });
    const unsubscribe = lab.subscribe(() => undefined);
    void client.fetchQuery({ queryKey: ["roles", "list"], queryFn: never }).catch(() => undefined);
    await Promise.resolve();
    expect(loading()).toBe(2);
    unsubscribe();
    await client.cancelQueries({ queryKey: CURRENT_LAB }).catch(() => undefined);
  });
});
