import { describe, expect, it } from "vitest";
import { formatDuration, prettyJson } from "./format";

describe("formatDuration", () => {
  it("renders the console's hour values and custom durations", () => {
    expect(formatDuration(3600)).toBe("1 hour");
    expect(formatDuration(43200)).toBe("12 hours");
    expect(formatDuration(5400)).toBe("1 hour 30 minutes");
    expect(formatDuration(3601)).toBe("1 hour 1 second");
  });
});

describe("prettyJson", () => {
  it("indents JSON by 4 and leaves text that is not JSON as typed", () => {
    expect(prettyJson('{"Version":"2012-10-17"}')).toBe('{\n    "Version": "2012-10-17"\n}');
    expect(prettyJson("{ not json")).toBe("{ not json");
  });
});
