import { describe, expect, it } from "vitest";
import { Throttle } from "./throttle";

describe("Throttle", () => {
  it("blocks a key after its budget of failures, and only that key", () => {
    const t = new Throttle({ maxFailures: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) t.recordFailure("111111111111/alice", 100 + i);
    expect(t.isBlocked("111111111111/alice", 200)).toBe(true);
    expect(t.isBlocked("111111111111/admin", 200)).toBe(false);
  });

  it("forgets failures once they leave the window", () => {
    const t = new Throttle({ maxFailures: 2, windowMs: 1000 });
    t.recordFailure("k", 0);
    t.recordFailure("k", 10);
    expect(t.isBlocked("k", 500)).toBe(true);
    expect(t.isBlocked("k", 1011)).toBe(false);
  });
});
