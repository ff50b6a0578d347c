// Compare events marks the top-level record fields whose values differ between the compared events.
import { describe, expect, it } from "vitest";
import { compareKeys } from "./compare-modal";

describe("compareKeys", () => {
  it("lists every key in first-seen order and marks those that differ or are missing in one", () => {
    const a = { eventVersion: "1.11", eventName: "AssumeRole", requestParameters: { roleArn: "r1" } };
    const b = { eventVersion: "1.11", eventName: "AssumeRole", requestParameters: { roleArn: "r2" }, errorCode: "AccessDenied" };
    expect(compareKeys([a, b])).toEqual([
      { key: "eventVersion", differs: false },
      { key: "eventName", differs: false },
      { key: "requestParameters", differs: true },
      { key: "errorCode", differs: true },
    ]);
  });
});
