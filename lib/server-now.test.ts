// The server's clock (lib/server-now.ts) and its guard: lib/ reads the time through it, so a
// SANDBOX_CLOCK shifts every time the sandbox records or shows. A `new Date()` or `Date.now()` in
// lib/ fails here unless its line says why it wants the wall clock ("wall clock: …").
import { afterEach, describe, expect, it } from "vitest";
import { sourceFiles, sourceText } from "@/lib/testing/source-files";
import { realTimeMs, sandboxClockOffsetMs, serverNow, serverNowMs, serverTimeOf } from "./server-now";

/** Test support, not server code: it runs in the test's process. */
const TEST_SUPPORT = (f: string) => f.startsWith("lib/testing/") || /(^|\/)testing\.ts$/.test(f);

describe("the server clock guard", () => {
  it("finds no unexplained new Date() or Date.now() in lib/", () => {
    const offending: string[] = [];
    for (const file of sourceFiles("lib").filter((f) => f !== "lib/server-now.ts" && !TEST_SUPPORT(f))) {
      sourceText(file)
        .split("\n")
        .forEach((line, i) => {
          if (/new Date\(\)|Date\.now\(\)/.test(line) && !/wall clock: \S/.test(line)) offending.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offending).toEqual([]);
  });
});

describe("serverNow", () => {
  const saved = process.env.SANDBOX_CLOCK;
  afterEach(() => {
    if (saved === undefined) delete process.env.SANDBOX_CLOCK;
    else process.env.SANDBOX_CLOCK = saved;
  });

  it("is the wall clock when SANDBOX_CLOCK is unset", () => {
    delete process.env.SANDBOX_CLOCK;
    expect(sandboxClockOffsetMs()).toBe(0);
    expect(Math.abs(serverNowMs() - Date.now())).toBeLessThan(50);
  });

  it("starts at SANDBOX_CLOCK when the process started and runs at real speed", () => {
    process.env.SANDBOX_CLOCK = "2026-01-15T10:00:00Z";
    const expected = Date.parse("2026-01-15T10:00:00Z") + performance.now();
    expect(Math.abs(serverNow().getTime() - expected)).toBeLessThan(50);
    const wall = Date.now();
    expect(Math.abs(realTimeMs(serverNow()) - wall)).toBeLessThan(50);
    expect(Math.abs(serverTimeOf(wall).getTime() - serverNowMs())).toBeLessThan(50);
  });

  it("refuses a SANDBOX_CLOCK that is not a date", () => {
    process.env.SANDBOX_CLOCK = "soon";
    expect(() => serverNowMs()).toThrow(/SANDBOX_CLOCK is not a date/);
  });
});
