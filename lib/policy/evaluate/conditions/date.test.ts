import { describe, it, expect } from "vitest";
import { parseDate } from "./date";
import { holds } from "./test-helpers";

describe("parseDate", () => {
  it("reads the W3C ISO 8601 forms", () => {
    expect(parseDate("2020-01-01")).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate("2020-01")).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate("2020-01-01T00:00:01Z")).toBe(Date.UTC(2020, 0, 1, 0, 0, 1));
    expect(parseDate("2020-01-01T10:30Z")).toBe(Date.UTC(2020, 0, 1, 10, 30));
    expect(parseDate("2020-01-01T00:00:00.250Z")).toBe(Date.UTC(2020, 0, 1) + 250);
    expect(parseDate("2020-01-01T02:00:00+02:00")).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate("2019-12-31T19:00:00-0500")).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate("20200101T000000Z")).toBe(Date.UTC(2020, 0, 1));
  });

  it("reads epoch seconds", () => {
    expect(parseDate("1577836800")).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate("0")).toBe(0);
  });

  it("rejects impossible dates and other text", () => {
    expect(parseDate("2020-02-30")).toBeUndefined();
    expect(parseDate("2019-02-29")).toBeUndefined();
    expect(parseDate("2020-02-29")).toBe(Date.UTC(2020, 1, 29));
    expect(parseDate("1900-02-29")).toBeUndefined();
    expect(parseDate("2000-02-29")).toBe(Date.UTC(2000, 1, 29));
    expect(parseDate("2020-13-01")).toBeUndefined();
    expect(parseDate("2020-01-01T25:00:00Z")).toBeUndefined();
    expect(parseDate("yesterday")).toBeUndefined();
    expect(parseDate("")).toBeUndefined();
  });
});

describe("date operators", () => {
  it("DateLessThan on aws:CurrentTime (AWS doc example: access until a date)", () => {
    const c = { DateLessThan: { "aws:CurrentTime": "2020-04-01T00:00:00Z" } };
    expect(holds(c, { "aws:CurrentTime": "2020-03-31T23:59:59Z" })).toBe(true);
    expect(holds(c, { "aws:CurrentTime": "2020-04-01T00:00:00Z" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("compares across forms: epoch policy value against ISO request value", () => {
    expect(holds({ DateGreaterThanEquals: { "aws:CurrentTime": "1577836800" } }, { "aws:CurrentTime": "2020-01-01T00:00:00Z" })).toBe(true);
    expect(holds({ DateEquals: { "aws:EpochTime": "2020-01-01T00:00:00Z" } }, { "aws:EpochTime": "1577836800" })).toBe(true);
    expect(holds({ DateGreaterThan: { "aws:TokenIssueTime": "2020-01-01" } }, { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" })).toBe(true);
    expect(holds({ DateLessThanEquals: { "aws:TokenIssueTime": "2020-01-01" } }, { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" })).toBe(false);
  });

  it("DateNotEquals holds when the key is absent or the dates differ", () => {
    const c = { DateNotEquals: { "aws:CurrentTime": "2020-01-01T00:00:00Z" } };
    expect(holds(c, {})).toBe(true);
    expect(holds(c, { "aws:CurrentTime": "2020-01-01T01:00:00+01:00" })).toBe(false);
    expect(holds(c, { "aws:CurrentTime": "2020-01-02T00:00:00Z" })).toBe(true);
  });
});
