import { describe, expect, it } from "vitest";
import { EchoTracker } from "./echo-tracker";

describe("EchoTracker", () => {
  it("ignores a render that lags behind typing (the stale text that used to overwrite keystrokes)", () => {
    const t = new EchoTracker();
    t.emitted("{");
    t.emitted('{"');
    t.emitted('{"V');
    // The effect of the render for '{"' runs after 'V' was typed: the model holds '{"V'.
    expect(t.isExternal('{"', '{"V')).toBe(false);
    expect(t.isExternal('{"V', '{"V')).toBe(false);
  });

  it("pushes an external edit, and an external reset to a text typed earlier", () => {
    const t = new EchoTracker();
    t.emitted("Ax");
    t.emitted("A");
    t.emitted("Ay");
    expect(t.isExternal("Ay", "Ay")).toBe(false);
    // A reset back to "A" (emitted, but already acknowledged) is external.
    expect(t.isExternal("A", "Ay")).toBe(true);
    expect(t.isExternal("B", "A")).toBe(true);
  });

  it("does not count the change an external push causes as an emission", () => {
    const t = new EchoTracker();
    t.applyExternal(() => expect(t.emitted("X")).toBe(false));
    expect(t.isExternal("X", "Y")).toBe(true);
  });

  it("takes the earliest unacknowledged emission when a text repeats", () => {
    const t = new EchoTracker();
    t.emitted("A");
    t.emitted("Ax");
    t.emitted("A");
    expect(t.isExternal("A", "A")).toBe(false);
    expect(t.isExternal("Ax", "A")).toBe(false);
    expect(t.isExternal("A", "A")).toBe(false);
  });

  it("a value equal to the editor's text needs no push", () => {
    const t = new EchoTracker();
    expect(t.isExternal("same", "same")).toBe(false);
  });

  it("keeps a bounded history", () => {
    const t = new EchoTracker(2);
    t.emitted("a");
    t.emitted("b");
    t.emitted("c");
    expect(t.isExternal("a", "c")).toBe(true);
  });
});
