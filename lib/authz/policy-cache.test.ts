import { describe, expect, it } from "vitest";
import { noteWrite } from "@/lib/db-writes";
import { cachedPolicies } from "./policy-cache";

describe("policy cache", () => {
  it("serves a hit until an authorization-relevant write, then reloads", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedPolicies("k", load, 0)).toBe(1);
    expect(await cachedPolicies("k", load, 10)).toBe(1);
    noteWrite("ActivityEvent", "create", { data: {} });
    noteWrite("StsSession", "create", { data: {} });
    noteWrite("Role", "update", { data: { lastUsedAt: new Date(), lastUsedRegion: "us-east-1" } });
    noteWrite("Role", "findUnique", {});
    expect(await cachedPolicies("k", load, 20)).toBe(1);
    noteWrite("InlinePolicy", "upsert", { create: {}, update: {} });
    expect(await cachedPolicies("k", load, 30)).toBe(2);
    noteWrite("Role", "update", { data: { maxSessionDuration: 7200 } });
    expect(await cachedPolicies("k", load, 40)).toBe(3);
  });

  it("expires entries after the TTL", async () => {
    let loads = 0;
    const load = async () => ++loads;
    await cachedPolicies("ttl", load, 1_000);
    expect(await cachedPolicies("ttl", load, 5_999)).toBe(1);
    expect(await cachedPolicies("ttl", load, 6_001)).toBe(2);
  });

  it("does not keep a result loaded across a write", async () => {
    let loads = 0;
    const racing = cachedPolicies("race", async () => {
      noteWrite("PolicyAttachment", "delete", { where: {} });
      return ++loads;
    }, 0);
    expect(await racing).toBe(1);
    expect(await cachedPolicies("race", async () => ++loads, 1)).toBe(2);
  });
});
