// The canonical pieces are memoised (paths, the last X-Amz-Date): a remembered answer must be the
// answer the computation gives, and a cached Date must not be shared between requests.
import { describe, expect, it } from "vitest";
import { canonicalPath, parseAmzDate, sha256Hex } from "./sigv4-canonical";

describe("parseAmzDate", () => {
  it("gives each caller its own Date, also for a repeated text", () => {
    const a = parseAmzDate("20261122T140000Z")!;
    a.setUTCFullYear(1999);
    const b = parseAmzDate("20261122T140000Z")!;
    expect(b.toISOString()).toBe("2026-11-22T14:00:00.000Z");
    expect(b).not.toBe(a);
  });

  it("refuses fields that would roll over, before and after a valid text was seen", () => {
    expect(parseAmzDate("20261322T140000Z")).toBeUndefined();
    expect(parseAmzDate("20261122T140000Z")).toBeDefined();
    expect(parseAmzDate("20261122T250000Z")).toBeUndefined();
    expect(parseAmzDate("20261122T140000")).toBeUndefined();
  });
});

describe("canonicalPath", () => {
  it("answers the same from memory as the first time", () => {
    for (const path of ["/api/aws", "/api/aws/", "", "/a/./b/../c", "/a%20b"]) {
      expect(canonicalPath(path)).toBe(canonicalPath(path));
    }
    expect(canonicalPath("/a/./b/../c")).toBe("/a/c");
    expect(canonicalPath("/a%20b")).toBe("/a%2520b");
    expect(canonicalPath("")).toBe("/");
  });
});

describe("sha256Hex", () => {
  it("hashes text and bytes alike", () => {
    const empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    expect(sha256Hex("")).toBe(empty);
    expect(sha256Hex(new Uint8Array())).toBe(empty);
    expect(sha256Hex(new TextEncoder().encode("Action=GetCallerIdentity"))).toBe(sha256Hex("Action=GetCallerIdentity"));
  });
});
