import { afterEach, describe, expect, it } from "vitest";
import { longDate, relativeTime, serverNow, setServerClock } from "./time";

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

describe("longDate", () => {
  // Intl is the oracle: the console's format is en-US's long date and en-GB's 24-hour time, in UTC.
  const intl = (iso: string, seconds: boolean) => {
    const d = new Date(iso);
    const date = d.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", ...(seconds ? { second: "2-digit" } : {}), timeZone: "UTC" });
    return `${date}, ${time} (UTC+00:00)`;
  };

  it("writes what Intl writes, every month, midnight to the last second of a day, with and without seconds", () => {
    const start = Date.parse("2024-01-01T00:00:00Z");
    for (let i = 0; i < 800; i++) {
      // Steps of 1 day 1 hour 1 minute 7 seconds: every month, hour and minute digit, leap day included.
      const iso = new Date(start + i * 90_067_000).toISOString();
      expect(longDate(iso)).toBe(intl(iso, false));
      expect(longDate(iso, { seconds: true })).toBe(intl(iso, true));
    }
    expect(longDate("2026-01-15T09:30:05.123Z")).toBe("January 15, 2026, 09:30 (UTC+00:00)");
    expect(longDate("2026-12-31T23:59:59Z", { seconds: true })).toBe("December 31, 2026, 23:59:59 (UTC+00:00)");
  });
});
