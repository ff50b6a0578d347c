// LabService (./types.ts): the engine behind the console's lab routes and panel — the actions. An
// attempt is one LabAttempt row (./attempt.ts); every read evaluates its checks (./progress.ts) and
// answers the view (./view.ts). Start and Reset rebuild the sandbox (one server-side reset + setup,
// ./setup.ts); progress, hints and solution views live in the row, which no sandbox reset touches.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { runActor as runActorCalls } from "./actors";
import { currentRow, parse, requireCurrent, SANDBOX, save, stateOf, type AttemptState, type LatchedCheck } from "./attempt";
import { LabError } from "./lab-error";
import { resolveTemplate } from "./placeholders";
import { evaluateAttempt, stepDone } from "./progress";
import { allLabs, findLab } from "./registry";
import { flattenChecks } from "./schema";
import { resetForLab } from "./setup";
import type { FinishSummary, LabCard, LabService, LabStep, LabView } from "./types";
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

// One lab reset at a time: two Start clicks must not interleave two resets and setups.
let resetting: Promise<unknown> = Promise.resolve();
function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = resetting.then(fn, fn);
  resetting = run.catch(() => undefined);
  return run;
}

export function createLabService(): LabService {
  return {
    async catalog(learnerId) {
      const attempts = await db.labAttempt.findMany({ where: { learnerId, sandboxId: SANDBOX }, orderBy: { startedAt: "desc" } });
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

    start(learnerId, labId) {
      const lab = findLab(labId);
      if (!lab) return Promise.reject(new LabError(404, `No lab ${labId}.`));
      return serialized(async () => {
        // The lab's window opens before its setup: sessions setup issues (an attacker's) are the lab's;
        // setup's own calls are left out of the log by their user agent (snapshot.ts).
        const now = serverNow();
        const ctx = await resetForLab(lab);
        const row = await db.labAttempt.create({
          data: {
            id: randomUUID(),
            learnerId,
            sandboxId: SANDBOX,
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

    async current(learnerId) {
      const row = await currentRow(learnerId);
      return row ? evaluated(stateOf(row)) : null;
    },

    async revealHint(learnerId, stepId) {
      const s = await requireCurrent(learnerId);
      const step = stepOf(s, stepId);
      s.hintsShown[step.id] = Math.min((s.hintsShown[step.id] ?? 0) + 1, step.hints.length);
      await save(s);
      return evaluated(s);
    },

    async showSolution(learnerId, stepId) {
      const s = await requireCurrent(learnerId);
      const step = stepOf(s, stepId);
      if (!s.solutionSteps.includes(step.id)) s.solutionSteps.push(step.id);
      await save(s);
      return evaluated(s);
    },

    async answer(learnerId, checkId, value) {
      const s = await requireCurrent(learnerId);
      const check = flattenChecks(s.lab.steps.flatMap((st) => st.checks)).find((c) => c.id === checkId);
      if (!check || check.kind !== "answer") throw new LabError(404, `No question ${checkId} in lab ${s.lab.id}.`);
      if (value.length > 500) throw new LabError(400, "The answer is too long.");
      s.answers[checkId] = value;
      await save(s);
      return evaluated(s);
    },

    async runActor(learnerId, actorId) {
      const s = await requireCurrent(learnerId);
      const actor = s.lab.actors.find((a) => a.id === actorId);
      if (!actor) throw new LabError(404, `No actor ${actorId} in lab ${s.lab.id}.`);
      const result = await runActorCalls(actor, s.ctx);
      s.actorResults[actor.id] = { at: serverNow().toISOString(), ok: result.ok, summary: result.summary };
      await save(s);
      return evaluated(s);
    },

    async reset(learnerId) {
      const s = await requireCurrent(learnerId);
      return serialized(async () => {
        const now = serverNow();
        s.ctx = await resetForLab(s.lab);
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

    async finish(learnerId) {
      const s = await requireCurrent(learnerId);
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
