import { describe, expect, it } from "vitest";
import { noteWrite } from "@/lib/db-writes";
import { GenerationWatcher } from "@/lib/data/generation";
import { PolicyCache } from "./policy-cache";

/** A cache whose shared generation (another instance's writes) the test sets; read on every call. */
function cacheWithShared(): { cache: PolicyCache; shared: { value: number } } {
  const shared = { value: 0 };
  return { cache: new PolicyCache(new GenerationWatcher(async () => shared.value, 0)), shared };
}

describe("policy cache", () => {
  it("serves a hit until an authorization-relevant write, then reloads", async () => {
    const { cache } = cacheWithShared();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("k", load, 0)).toBe(1);
    expect(await cache.get("k", load, 10)).toBe(1);
    noteWrite("ActivityEvent", "create", { data: {} });
    noteWrite("StsSession", "create", { data: {} });
    noteWrite("Role", "update", { data: { lastUsedAt: new Date(), lastUsedRegion: "us-east-1" } });
    noteWrite("Role", "findUnique", {});
    noteWrite("MfaDevice", "updateMany", { where: {}, data: { lastCounter: 7 } });
    expect(await cache.get("k", load, 20)).toBe(1);
    noteWrite("InlinePolicy", "upsert", { create: {}, update: {} });
    expect(await cache.get("k", load, 30)).toBe(2);
    noteWrite("Role", "update", { data: { maxSessionDuration: 7200 } });
    expect(await cache.get("k", load, 40)).toBe(3);
    // The access graph's edges depend on who can present MFA and which providers exist.
    noteWrite("MfaDevice", "create", { data: {} });
    expect(await cache.get("k", load, 50)).toBe(4);
    noteWrite("IdentityProvider", "delete", { where: {} });
    expect(await cache.get("k", load, 60)).toBe(5);
  });

  it("reloads when another instance bumped the shared generation", async () => {
    const { cache, shared } = cacheWithShared();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("k", load, 0)).toBe(1);
    expect(await cache.get("k", load, 1)).toBe(1);
    shared.value++;
    expect(await cache.get("k", load, 2)).toBe(2);
  });

  it("expires entries after the maximum age", async () => {
    const { cache } = cacheWithShared();
    let loads = 0;
    const load = async () => ++loads;
    await cache.get("ttl", load, 1_000);
    expect(await cache.get("ttl", load, 60_999)).toBe(1);
    expect(await cache.get("ttl", load, 61_001)).toBe(2);
  });

  it("does not keep a result loaded across a write, here or elsewhere", async () => {
    const { cache, shared } = cacheWithShared();
    let loads = 0;
    const racing = cache.get("race", async () => {
      noteWrite("PolicyAttachment", "delete", { where: {} });
      return ++loads;
    }, 0);
    expect(await racing).toBe(1);
    expect(await cache.get("race", async () => ++loads, 1)).toBe(2);
    const racingElsewhere = cache.get("race2", async () => {
      shared.value++;
      await cache.get("other", async () => 0, 2); // a concurrent request reads the new generation
      return ++loads;
    }, 2);
    expect(await racingElsewhere).toBe(3);
    expect(await cache.get("race2", async () => ++loads, 3)).toBe(4);
  });
});

describe("generation watcher", () => {
  it("reads at most once per interval, once for concurrent callers", async () => {
    let reads = 0;
    const w = new GenerationWatcher(async () => ++reads, 60_000);
    expect(await Promise.all([w.current(), w.current(), w.current()])).toEqual([1, 1, 1]);
    expect(w.fresh()).toBe(1);
    expect(await w.current()).toBe(1);
    expect(reads).toBe(1);
  });
});
