// LabService (./types.ts): the engine behind the console's lab routes and panel — the actions. An
// attempt is one LabAttempt row (./attempt.ts); every read evaluates its checks (./progress.ts) and
// answers the view (./view.ts). Start and Reset rebuild the seat's sandbox (one server-side reset +
// setup, ./setup.ts): the demo sandbox in single mode, the learner's own in multi mode, never another.
// Progress, hints and solution views live in the row (per learner and sandbox), which no reset touches.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runActor as runActorCalls } from "./actors";
import { currentRow, parse, requireCurrent, save, stateOf, type AttemptState, type LatchedCheck } from "./attempt";
import { LabError } from "./lab-error";
import { resolveTemplate } from "./placeholders";
import { evaluateAttempt, stepDone } from "./progress";
import { allLabs, findLab } from "./registry";
import { flattenChecks } from "./schema";
import { resetForLab } from "./setup";
import type { FinishSummary, LabCard, LabService, LabStep, LabView } from "./types";
import { sandboxTarget, type SandboxTarget } from "@/lib/sandbox/target";
import { SandboxError } from "@/lib/sandbox/provision";
import { viewOf } from "./view";
import { serverNow } from "@/lib/server-now";

// The old single-module surface, for callers that import it from here.
export { LabError } from "./lab-error";
export type { AttemptState } from "./attempt";
export { evaluateAttempt } from "./progress";
export { cliConfigOf, labEndpointUrl, profileName, viewOf } from "./view";

function stepOf(s: AttemptState, stepId: string): LabStep {
  const step = s.lab.steps.find((st) => st.id === stepId);
  if (!step) throw new LabError(404, `Step ${stepId} is not part of lab ${s.lab.id}.`);
  return step;
}

async function evaluated(s: AttemptState): Promise<LabView> {
  if (!s.row.finishedAt) {
    await evaluateAttempt(s);
    await save(s);
  }
  return viewOf(s);
}

// One lab reset at a time per sandbox: two Start clicks must not interleave two resets and setups of
// one sandbox (two learners' sandboxes reset side by side).
const resetting = new Map<string, Promise<unknown>>();
function serialized<T>(sandboxId: string, fn: () => Promise<T>): Promise<T> {
  const run = (resetting.get(sandboxId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  resetting.set(sandboxId, tail);
  void tail.then(() => {
    if (resetting.get(sandboxId) === tail) resetting.delete(sandboxId);
  });
  return run;
}

/** The seat's sandbox; a learner's sandbox deleted meanwhile is a 404, not an engine failure. */
async function targetOf(sandboxId: string): Promise<SandboxTarget> {
  try {
    return await sandboxTarget(db, sandboxId);
  } catch (e) {
    if (e instanceof SandboxError) throw new LabError(404, e.message);
    throw e;
  }
}

export function createLabService(): LabService {
  return {
    async catalog(seat) {
      const attempts = await db.labAttempt.findMany({ where: { learnerId: seat.learnerId, sandboxId: seat.sandboxId }, orderBy: { startedAt: "desc" } });
      return allLabs().map((lab): LabCard => {
        const latest = attempts.find((a) => a.labId === lab.id);
        const card: LabCard = {
          id: lab.id,
          title: lab.title,
          level: lab.level,
          track: lab.track,
          minutes: lab.minutes,
          concepts: lab.concepts,
          seeds: lab.seeds,
          goal: lab.goal.replace(/\{\{[^}]*\}\}/g, "…"),
          status: !latest ? "not-started" : latest.finishedAt ? "finished" : "in-progress",
        };
        if (latest) {
          const checks = parse<Record<string, LatchedCheck>>(latest.checks, {});
          card.progress = { done: lab.steps.filter((st) => st.checks.every((c) => checks[c.id]?.state === "passed")).length, total: lab.steps.length };
        }
        return card;
      });
    },

    start(seat, labId) {
      const lab = findLab(labId);
      if (!lab) return Promise.reject(new LabError(404, `No lab ${labId}.`));
      return serialized(seat.sandboxId, async () => {
        // The lab's window opens before its setup: sessions setup issues (an attacker's) are the lab's;
        // setup's own calls are left out of the log by their user agent (snapshot.ts).
        const target = await targetOf(seat.sandboxId);
        const now = serverNow();
        const ctx = await resetForLab(lab, target);
        const row = await db.labAttempt.create({
          data: {
            id: randomUUID(),
            learnerId: seat.learnerId,
            sandboxId: target.sandboxId,
            labId: lab.id,
            version: lab.version,
            startedAt: now,
            resetAt: now,
            currentStep: lab.steps[0].id,
            stepStartedAt: JSON.stringify({ [lab.steps[0].id]: now.toISOString() }),
            context: JSON.stringify(ctx),
          },
        });
        return evaluated(stateOf(row));
      });
    },

    async current(seat) {
      const row = await currentRow(seat);
      return row ? evaluated(stateOf(row)) : null;
    },

    async revealHint(seat, stepId) {
      const s = await requireCurrent(seat);
      const step = stepOf(s, stepId);
      s.hintsShown[step.id] = Math.min((s.hintsShown[step.id] ?? 0) + 1, step.hints.length);
      await save(s);
      return evaluated(s);
    },

    async showSolution(seat, stepId) {
      const s = await requireCurrent(seat);
      const step = stepOf(s, stepId);
      if (!s.solutionSteps.includes(step.id)) s.solutionSteps.push(step.id);
      await save(s);
      return evaluated(s);
    },

    async answer(seat, checkId, value) {
      const s = await requireCurrent(seat);
      const check = flattenChecks(s.lab.steps.flatMap((st) => st.checks)).find((c) => c.id === checkId);
      if (!check || check.kind !== "answer") throw new LabError(404, `No question ${checkId} in lab ${s.lab.id}.`);
      if (value.length > 500) throw new LabError(400, "The answer is too long.");
      s.answers[checkId] = value;
      await save(s);
      return evaluated(s);
    },

    async runActor(seat, actorId) {
      const s = await requireCurrent(seat);
      const actor = s.lab.actors.find((a) => a.id === actorId);
      if (!actor) throw new LabError(404, `No actor ${actorId} in lab ${s.lab.id}.`);
      const result = await runActorCalls(actor, s.ctx);
      s.actorResults[actor.id] = { at: serverNow().toISOString(), ok: result.ok, summary: result.summary };
      await save(s);
      return evaluated(s);
    },

    async reset(seat) {
      const s = await requireCurrent(seat);
      return serialized(s.row.sandboxId, async () => {
        const target = await targetOf(s.row.sandboxId);
        const now = serverNow();
        s.ctx = await resetForLab(s.lab, target);
        const first = s.lab.steps[0].id;
        s.row.currentStep = first;
        s.stepStartedAt = { [first]: now.toISOString() };
        s.checks = {};
        s.answers = {};
        s.actorResults = {};
        await save(s, { resetAt: now });
        return evaluated(s);
      });
    },

    async finish(seat) {
      const s = await requireCurrent(seat);
      await evaluateAttempt(s, s.lab.steps.filter((st) => st.final));
      const finishedAt = serverNow();
      await save(s, { finishedAt });
      const labs = allLabs();
      const next = labs[labs.findIndex((l) => l.id === s.lab.id) + 1];
      return {
        labId: s.lab.id,
        seconds: Math.round((finishedAt.getTime() - s.row.startedAt.getTime()) / 1000),
        hintsUsed: Object.values(s.hintsShown).reduce((a, b) => a + b, 0),
        solutionViewed: s.solutionSteps.length > 0,
        lessonLearned: resolveTemplate(s.lab.lessonLearned, s.ctx),
        allPassed: s.lab.steps.filter((st) => !st.optional).every((st) => stepDone(s, st)),
        ...(next ? { next: { id: next.id, title: next.title } } : {}),
      } satisfies FinishSummary;
    },
  };
}

/** The engine the console routes use. */
export const labService: LabService = createLabService();
