// The throttle's rows are shared: two clients on one database stand for two instances.
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { createSandbox } from "@/lib/testing/sandbox-db";
import { Throttle } from "./throttle";

const store = createSandbox();
const instanceA = createDb(store.databaseUrl);
const instanceB = createDb(store.databaseUrl);
afterAll(() => Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]));

describe("Throttle", () => {
  it("blocks a key after its budget of failures, and only that key, on every instance", async () => {
    const onA = new Throttle("t1", { maxFailures: 3, windowMs: 1000 }, () => instanceA);
    const onB = new Throttle("t1", { maxFailures: 3, windowMs: 1000 }, () => instanceB);
    for (let i = 0; i < 3; i++) await onA.recordFailure("111111111111/alice", 100 + i);
    expect(await onB.isBlocked("111111111111/alice", 200)).toBe(true);
    expect(await onB.isBlocked("111111111111/admin", 200)).toBe(false);
    await onB.reset("111111111111/alice");
    expect(await onA.isBlocked("111111111111/alice", 200)).toBe(false);
  });

  it("forgets failures once they leave the window, and prunes them", async () => {
    const t = new Throttle("t2", { maxFailures: 2, windowMs: 1000 }, () => instanceA);
    await t.recordFailure("k", 0);
    await t.recordFailure("k", 10);
    expect(await t.isBlocked("k", 500)).toBe(true);
    expect(await t.isBlocked("k", 1011)).toBe(false);
    await t.recordFailure("k", 5000);
    expect(await instanceB.signInFailure.count({ where: { scope: "t2" } })).toBe(1);
  });

  it("keeps rules apart", async () => {
    const a = new Throttle("t3", { maxFailures: 1, windowMs: 1000 }, () => instanceA);
    const b = new Throttle("t4", { maxFailures: 1, windowMs: 1000 }, () => instanceA);
    await a.recordFailure("k", 0);
    expect(await b.isBlocked("k", 1)).toBe(false);
  });
});
