// The Event history filter as the console API reads it (spec §1.5): one lookup attribute (the 8
// keys of LookupEvents: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupAttribute.html),
// relative presets, absolute ranges of at most 90 days, and its translation into the store's query.
import { describe, expect, it } from "vitest";
import { isAwsError } from "@/lib/errors";
import { filterParams, toLookupQuery, ZHistoryQuery } from "./history-query";

const NOW = new Date("2026-11-22T12:00:00Z");
const ACCT = "111122223333";

function rejected(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isAwsError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error("not rejected");
}

describe("ZHistoryQuery", () => {
  it("accepts each of the 8 lookup attribute keys and refuses any other", () => {
    for (const key of ["EventId", "EventName", "ReadOnly", "Username", "ResourceType", "ResourceName", "EventSource", "AccessKeyId"]) {
      expect(ZHistoryQuery.safeParse({ attributeKey: key, attributeValue: "x" }).success).toBe(true);
    }
    expect(ZHistoryQuery.safeParse({ attributeKey: "UserAgent", attributeValue: "x" }).success).toBe(false);
  });

  it("bounds the value (1–2000 characters), the page size (1–50) and refuses unknown parameters", () => {
    expect(ZHistoryQuery.safeParse({ attributeKey: "EventName", attributeValue: "" }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ attributeKey: "EventName", attributeValue: "x".repeat(2001) }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ attributeKey: "EventName", attributeValue: "x".repeat(2000) }).success).toBe(true);
    expect(ZHistoryQuery.safeParse({ pageSize: "51" }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ pageSize: "0" }).success).toBe(false);
    expect(ZHistoryQuery.parse({ pageSize: "25" }).pageSize).toBe(25);
    expect(ZHistoryQuery.safeParse({ accountId: "222233334444" }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ attributeKey: "EventName", attributeValue: "a\u0000b" }).success).toBe(false);
  });

  it("takes only the four presets and ISO times", () => {
    expect(ZHistoryQuery.safeParse({ range: "2h" }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ start: "yesterday" }).success).toBe(false);
    expect(ZHistoryQuery.safeParse({ start: "2026-11-21T10:00:00Z", end: "2026-11-22T10:00:00.000Z" }).success).toBe(true);
  });
});

describe("toLookupQuery", () => {
  it("reads the caller's account, one attribute, the page size and cursor", () => {
    expect(toLookupQuery(ACCT, { attributeKey: "EventName", attributeValue: "AssumeRole" }, NOW, 50, "c1")).toEqual({
      accountId: ACCT,
      attribute: { key: "EventName", value: "AssumeRole" },
      limit: 50,
      after: "c1",
    });
    expect(toLookupQuery(ACCT, {}, NOW, 10)).toEqual({ accountId: ACCT, limit: 10 });
  });

  it("turns a preset into the window ending now", () => {
    for (const [range, minutes] of [["30m", 30], ["1h", 60], ["3h", 180], ["12h", 720]] as const) {
      const q = toLookupQuery(ACCT, { range }, NOW, 50);
      expect(q.endTime).toEqual(NOW);
      expect(NOW.getTime() - q.startTime!.getTime()).toBe(minutes * 60_000);
    }
  });

  it("takes an absolute range of up to 90 days, ending now when no end is given", () => {
    const start = "2026-08-24T12:00:00Z"; // exactly 90 days before NOW
    expect(toLookupQuery(ACCT, { start }, NOW, 50)).toMatchObject({ startTime: new Date(start), endTime: NOW });
    expect(rejected(() => toLookupQuery(ACCT, { start: "2026-08-24T11:59:59Z" }, NOW, 50))).toBe("ValidationError: The time range can span at most 90 days.");
    expect(rejected(() => toLookupQuery(ACCT, { start: "2026-11-22T11:00:00Z", end: "2026-11-22T10:00:00Z" }, NOW, 50))).toBe(
      "ValidationError: The start of the time range must be before its end.",
    );
  });

  it("refuses half an attribute, a ReadOnly value other than true/false, and a preset with a range", () => {
    expect(rejected(() => toLookupQuery(ACCT, { attributeKey: "EventName" }, NOW, 50))).toMatch(/^ValidationError: A lookup attribute needs both/);
    expect(rejected(() => toLookupQuery(ACCT, { attributeValue: "x" }, NOW, 50))).toMatch(/^ValidationError: A lookup attribute needs both/);
    expect(rejected(() => toLookupQuery(ACCT, { attributeKey: "ReadOnly", attributeValue: "yes" }, NOW, 50))).toMatch(/^ValidationError: The ReadOnly/);
    expect(toLookupQuery(ACCT, { attributeKey: "ReadOnly", attributeValue: "false" }, NOW, 50).attribute).toEqual({ key: "ReadOnly", value: "false" });
    expect(rejected(() => toLookupQuery(ACCT, { range: "1h", start: "2026-11-22T10:00:00Z" }, NOW, 50))).toMatch(/^ValidationError: Choose a relative range/);
  });
});

describe("filterParams", () => {
  it("writes the filter the API reads back, a preset winning over stale times", () => {
    const p = filterParams({ attributeKey: "Username", attributeValue: "alice", range: "3h", start: "2026-11-22T10:00:00Z" });
    expect(p.toString()).toBe("attributeKey=Username&attributeValue=alice&range=3h");
    expect(ZHistoryQuery.parse(Object.fromEntries(p))).toEqual({ attributeKey: "Username", attributeValue: "alice", range: "3h" });
    expect(filterParams({ attributeKey: "EventName" }).toString()).toBe("");
  });
});
