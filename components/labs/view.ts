// The lab pages' pure view logic (unit-tested in view.test.ts): the catalog's grouping, status and
// action; the glyph of a check; and what the panel announces when a poll brings changes.
import type { CheckState, LabCard, LabView, Track } from "@/lib/labs/types";

export const TRACKS: Track[] = ["Fundamentals", "Cross-account", "Federation", "Guardrails"];

/** Cards by track in the catalog's order; a track with no lab is left out. */
export function byTrack(cards: LabCard[]): { track: Track; cards: LabCard[] }[] {
  return TRACKS.map((track) => ({ track, cards: cards.filter((c) => c.track === track) })).filter((g) => g.cards.length > 0);
}

/** The card's status cell: "—" not started, "n/m" steps done, "✓" finished; `label` is what a screen reader hears. */
export function cardStatus(card: LabCard): { text: string; label: string } {
  if (card.status === "finished") return { text: "✓", label: "Finished" };
  if (card.status === "in-progress") {
    const p = card.progress;
    return p ? { text: `${p.done}/${p.total}`, label: `In progress: ${p.done} of ${p.total} steps done` } : { text: "…", label: "In progress" };
  }
  return { text: "—", label: "Not started" };
}

/**
 * The card's action. Resume only for the lab the panel holds (the sandbox is that lab's); any other
 * lab — never started, finished, or left for another — starts again from its setup, after a confirmation.
 */
export function cardAction(card: LabCard, currentLabId: string | undefined): "Start" | "Resume" | "Restart" {
  if (card.id === currentLabId && card.status === "in-progress") return "Resume";
  return card.status === "not-started" ? "Start" : "Restart";
}

export const CHECK_GLYPH: Record<CheckState, { glyph: string; label: string }> = {
  pending: { glyph: "○", label: "Not yet checked" },
  passed: { glyph: "✓", label: "Passed" },
  failed: { glyph: "✗", label: "Not yet passed" },
};

/** Seconds as the Finish summary shows them: "4 min 05 s", "1 h 02 min". */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, "0")} min`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, "0")} s`;
  return `${sec} s`;
}

/**
 * What changed between two polls of the same attempt, as short sentences for the aria-live region:
 * checks that passed or failed, steps completed, actors that reported. A new attempt (another lab,
 * or a reset) is announced once as such, not check by check.
 */
export function changes(before: LabView | null | undefined, after: LabView | null | undefined): string[] {
  if (!after) return before ? [`Lab ${before.title} finished.`] : [];
  if (!before || before.labId !== after.labId) return [`Lab ${after.title} started.`];
  if (before.startedAt !== after.startedAt) return [`Lab ${after.title} reset.`];
  const out: string[] = [];
  const checksBefore = new Map(before.steps.flatMap((s) => s.checks.map((c) => [c.id, c.state] as const)));
  // Passes latch: only Reset lab takes a pass away (the engine re-checks at once, so it may read ✗ already).
  const reset = after.steps.some((s) => s.checks.some((c) => c.state !== "passed" && checksBefore.get(c.id) === "passed"));
  if (reset) return [`Lab ${after.title} reset.`];
  for (const step of after.steps) {
    for (const check of step.checks) {
      const was = checksBefore.get(check.id);
      if (was === check.state) continue;
      if (check.state === "passed") out.push(`Check passed: ${check.label}.`);
      else if (check.state === "failed" && was !== undefined) out.push(`Check not passed: ${check.label}.`);
    }
    const wasDone = before.steps.find((s) => s.id === step.id)?.done;
    if (step.done && !wasDone) out.push(`Step done: ${step.title}.`);
  }
  for (const actor of after.actors) {
    const was = before.actors.find((a) => a.id === actor.id)?.lastResult?.at;
    if (actor.lastResult && actor.lastResult.at !== was) out.push(`${actor.label}: ${actor.lastResult.summary}`);
  }
  if (after.finishedAt && !before.finishedAt) out.push(`Lab ${after.title} finished.`);
  return out;
}
