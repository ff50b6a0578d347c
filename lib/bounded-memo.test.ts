import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once, remembers undefined answers too, and starts over past its bound", () => {
    const seen: string[] = [];
    const f = boundedMemo((k) => (seen.push(k), k === "none" ? undefined : k.toUpperCase()), 2);
    expect([f("a"), f("a"), f("none"), f("none")]).toEqual(["A", "A", undefined, undefined]);
    expect(seen).toEqual(["a", "none"]);
    f("b"); // over the bound: memory cleared, then b kept
    f("a");
    expect(seen).toEqual(["a", "none", "b", "a"]);
  });
});
