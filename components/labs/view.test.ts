import { describe, expect, it } from "vitest";
import type { LabCard, LabView, StepView } from "@/lib/labs/types";
import { byTrack, cardAction, cardStatus, changes, formatSeconds } from "./view";

const card = (over: Partial<LabCard>): LabCard => ({
  id: "l",
  title: "L",
  level: "Fundamental",
  track: "Fundamentals",
  minutes: 10,
  concepts: [],
  seeds: [],
  goal: "",
  status: "not-started",
  ...over,
});

const step = (id: string, over: Partial<StepView> = {}): StepView => ({
  id,
  title: `Step ${id}`,
  body: "",
  optional: false,
  done: false,
  current: false,
  checks: [{ id: `${id}-c`, label: `check ${id}`, state: "pending" }],
  hintsShown: [],
  hintsTotal: 0,
  ...over,
});

const view = (over: Partial<LabView> = {}): LabView => ({
  labId: "session-duration",
  version: 1,
  title: "Session duration",
  goal: "",
  startedAt: "2026-01-15T10:00:00Z",
  progress: { done: 0, total: 2 },
  credentials: [],
  cliConfig: "",
  actors: [{ id: "a", label: "Batch job", description: "" }],
  steps: [step("1", { current: true }), step("2")],
  hintsUsed: 0,
  solutionViewed: false,
  ...over,
});

describe("the catalog", () => {
  it("groups by track in the spec's order and leaves empty tracks out", () => {
    const groups = byTrack([card({ id: "g", track: "Guardrails" }), card({ id: "f", track: "Fundamentals" }), card({ id: "x", track: "Cross-account" })]);
    expect(groups.map((g) => g.track)).toEqual(["Fundamentals", "Cross-account", "Guardrails"]);
  });

  it("shows —, n/m and ✓", () => {
    expect(cardStatus(card({})).text).toBe("—");
    expect(cardStatus(card({ status: "in-progress", progress: { done: 1, total: 3 } }))).toEqual({ text: "1/3", label: "In progress: 1 of 3 steps done" });
    expect(cardStatus(card({ status: "finished" })).text).toBe("✓");
  });

  it("resumes only the lab the sandbox holds; any other starts again from its setup", () => {
    expect(cardAction(card({ status: "not-started" }), undefined)).toBe("Start");
    expect(cardAction(card({ id: "a", status: "in-progress" }), "a")).toBe("Resume");
    // In progress, but the sandbox was reset for another lab since: resuming would meet the wrong state.
    expect(cardAction(card({ id: "a", status: "in-progress" }), "b")).toBe("Restart");
    expect(cardAction(card({ id: "a", status: "finished" }), "a")).toBe("Restart");
  });
});

describe("the panel's announcements", () => {
  it("says nothing when a poll changes nothing", () => {
    expect(changes(view(), view())).toEqual([]);
  });

  it("announces a check that passed and a step done, by their labels", () => {
    const after = view({ steps: [step("1", { done: true, checks: [{ id: "1-c", label: "check 1", state: "passed" }] }), step("2", { current: true })] });
    expect(changes(view(), after)).toEqual(["Check passed: check 1.", "Step done: Step 1."]);
  });

  it("announces a check that stopped passing, but not a first failure shown on a fresh check list", () => {
    const failed = view({ steps: [step("1", { checks: [{ id: "1-c", label: "check 1", state: "failed", reason: "r" }] }), step("2")] });
    expect(changes(view(), failed)).toEqual(["Check not passed: check 1."]);
  });

  it("announces an actor's new result", () => {
    const after = view({ actors: [{ id: "a", label: "Batch job", description: "", lastResult: { at: "t1", ok: false, summary: "AssumeRole failed: ValidationError" } }] });
    expect(changes(view(), after)).toEqual(["Batch job: AssumeRole failed: ValidationError"]);
    expect(changes(after, after)).toEqual([]);
  });

  it("announces a new lab or a reset once, not check by check", () => {
    expect(changes(null, view())).toEqual(["Lab Session duration started."]);
    expect(changes(view(), view({ startedAt: "2026-01-15T10:05:00Z" }))).toEqual(["Lab Session duration reset."]);
    expect(changes(view(), view({ labId: "other", title: "Other" }))).toEqual(["Lab Other started."]);
    expect(changes(view(), null)).toEqual(["Lab Session duration finished."]);
    // Reset lab keeps the attempt (same start): its passed checks go back to unchecked.
    const passed = view({ steps: [step("1", { done: true, checks: [{ id: "1-c", label: "check 1", state: "passed" }] }), step("2")] });
    expect(changes(passed, view())).toEqual(["Lab Session duration reset."]);
    const failedAgain = view({ steps: [step("1", { checks: [{ id: "1-c", label: "check 1", state: "failed", reason: "r" }] }), step("2")] });
    expect(changes(passed, failedAgain)).toEqual(["Lab Session duration reset."]);
  });
});

describe("formatSeconds", () => {
  it("reads as minutes and seconds, or hours and minutes", () => {
    expect(formatSeconds(42)).toBe("42 s");
    expect(formatSeconds(245)).toBe("4 min 05 s");
    expect(formatSeconds(3720)).toBe("1 h 02 min");
  });
});
