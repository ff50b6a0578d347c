// A lab attempt's persistence: one LabAttempt row, its JSON columns parsed into an AttemptState and
// written back whole. Progress, hints and solution views live in the row, which no sandbox reset touches.
import { db } from "@/lib/db";
import type { LabAttempt } from "@/generated/prisma/client";
import { LabError } from "./lab-error";
import type { LabContext } from "./placeholders";
import { findLab } from "./registry";
import type { CheckState, LabDefinition, LabSeat } from "./types";

export interface LatchedCheck {
  state: CheckState;
  reason?: string;
  /** ISO time the check first passed (latched). */
  passedAt?: string;
}

interface ActorResult {
  at: string;
  ok: boolean;
  summary: string;
}

/** The attempt's JSON columns, parsed. */
export interface AttemptState {
  row: LabAttempt;
  lab: LabDefinition;
  ctx: LabContext;
  stepStartedAt: Record<string, string>;
  checks: Record<string, LatchedCheck>;
  answers: Record<string, string>;
  hintsShown: Record<string, number>;
  solutionSteps: string[];
  actorResults: Record<string, ActorResult>;
}

export const parse = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function stateOf(row: LabAttempt): AttemptState {
  const lab = findLab(row.labId);
  if (!lab) throw new LabError(404, `Lab ${row.labId} no longer exists.`);
  return {
    row,
    lab,
    ctx: parse(row.context, { accounts: {}, keys: {}, values: {} }),
    stepStartedAt: parse(row.stepStartedAt, {}),
    checks: parse(row.checks, {}),
    answers: parse(row.answers, {}),
    hintsShown: parse(row.hintsShown, {}),
    solutionSteps: parse(row.solutionSteps, []),
    actorResults: parse(row.actorResults, {}),
  };
}

export async function save(s: AttemptState, extra: Partial<LabAttempt> = {}): Promise<void> {
  s.row = await db.labAttempt.update({
    where: { id: s.row.id },
    data: {
      currentStep: s.row.currentStep,
      stepStartedAt: JSON.stringify(s.stepStartedAt),
      checks: JSON.stringify(s.checks),
      answers: JSON.stringify(s.answers),
      hintsShown: JSON.stringify(s.hintsShown),
      solutionSteps: JSON.stringify(s.solutionSteps),
      solutionViewed: s.solutionSteps.length > 0,
      actorResults: JSON.stringify(s.actorResults),
      context: JSON.stringify(s.ctx),
      ...extra,
    },
  });
}

// ---------------------------------------------------------------- the learner's open attempt in a sandbox

export async function currentRow(seat: LabSeat): Promise<LabAttempt | null> {
  return db.labAttempt.findFirst({ where: { learnerId: seat.learnerId, sandboxId: seat.sandboxId, finishedAt: null }, orderBy: { startedAt: "desc" } });
}

export async function requireCurrent(seat: LabSeat): Promise<AttemptState> {
  const row = await currentRow(seat);
  if (!row) throw new LabError(409, "No lab is in progress.");
  return stateOf(row);
}
