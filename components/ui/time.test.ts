import { afterEach, describe, expect, it } from "vitest";
import { relativeTime, serverNow, setServerClock } from "./time";

describe("relativeTime", () => {
  afterEach(() => setServerClock(Date.now()));

  it("counts from the server's clock, not the browser's", () => {
    // The server says it is 2026-01-15T10:00:00Z (a sandbox with a fixed clock); the browser is a year ahead.
    const server = Date.parse("2026-01-15T10:00:00Z");
    setServerClock(server, server + 365 * 86400_000);
    expect(Math.abs(serverNow() - (Date.now() - 365 * 86400_000))).toBeLessThan(1000);
    setServerClock(server, Date.now());
    expect(relativeTime("2026-01-15T09:53:00Z")).toBe("7 minutes ago");
    expect(relativeTime("2026-01-15T10:00:00Z")).toBe("Now");
  });

  it("formats units and the missing value", () => {
    const now = Date.parse("2026-01-15T10:00:00Z");
    expect(relativeTime(null, now)).toBe("-");
    expect(relativeTime("2026-01-15T09:00:00Z", now)).toBe("1 hour ago");
    expect(relativeTime("2026-01-13T10:00:00Z", now)).toBe("2 days ago");
  });
});
