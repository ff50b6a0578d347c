// Session tag rules and packed-size accounting (pure functions, no database).
import { describe, expect, it } from "vitest";
import { packedPolicySize, planTags } from "./session-inputs";

const none = { tags: [], transitiveTagKeys: [] };

describe("planTags", () => {
  it("refuses keys that differ only in case", () => {
    expect(() => planTags([{ Key: "Project", Value: "a" }, { Key: "project", Value: "b" }], [], none)).toThrow(
      "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    );
  });

  it("requires every transitive key among the tags, ignoring case", () => {
    expect(() => planTags([{ Key: "Project", Value: "a" }], ["Team"], none)).toThrow(
      "The specified transitive tag key must be included in the requested tags.",
    );
    expect(planTags([{ Key: "Project", Value: "a" }], ["PROJECT"], none).transitiveTagKeys).toEqual(["PROJECT"]);
  });

  it("carries the calling session's transitive tags and refuses to overwrite them", () => {
    const inherited = { tags: [{ Key: "Project", Value: "Pegasus" }, { Key: "Temp", Value: "x" }], transitiveTagKeys: ["Project"] };
    const plan = planTags([{ Key: "Cost", Value: "12" }], [], inherited);
    expect(plan.tags).toEqual([{ Key: "Project", Value: "Pegasus" }, { Key: "Cost", Value: "12" }]);
    expect(plan.transitiveTagKeys).toEqual(["Project"]);
    expect(() => planTags([{ Key: "project", Value: "Other" }], [], inherited)).toThrow(
      "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
    );
  });
});

describe("packedPolicySize", () => {
  const policy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });

  it("is absent when nothing was passed and small for a minimal policy", () => {
    expect(packedPolicySize({ policyArns: [], tags: [], passedAnything: false })).toBeUndefined();
    const size = packedPolicySize({ policy, policyArns: [], tags: [], passedAnything: true }) ?? 0;
    expect(size).toBeGreaterThanOrEqual(3);
    expect(size).toBeLessThanOrEqual(12);
  });

  it("grows with tags and refuses more than the budget with AWS's wording", () => {
    const small = packedPolicySize({ policyArns: [], tags: [{ Key: "a", Value: "b" }], passedAnything: true }) ?? 0;
    const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `key-${i}-${"k".repeat(20)}${Math.random()}`, Value: `${Math.random()}`.repeat(6) }));
    expect(() => packedPolicySize({ policyArns: [], tags, passedAnything: true })).toThrow(/^Packed size of session tags consumes \d+% of allotted space\.$/);
    expect(small).toBeLessThan(5);
  });
});
