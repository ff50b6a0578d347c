// An attempt's progress: every read evaluates the lab's checks over a fresh snapshot, latches passes
// and moves the current step on (the first step not done).
import type { AttemptState } from "./attempt";
import { evaluateCheck, type CheckEnv } from "./checks/evaluate";
import type { LabSnapshot } from "./checks/facts";
import { resolveDeep } from "./placeholders";
import { flattenChecks } from "./schema";
import { buildSnapshot, type AccountScope } from "./snapshot";
import { SINGLE_SANDBOX } from "@/lib/sandbox/mode";
import type { Check, LabDefinition, LabStep } from "./types";
import { serverNow } from "@/lib/server-now";

function stepOfCheck(lab: LabDefinition): Map<string, LabStep> {
  const map = new Map<string, LabStep>();
  for (const step of lab.steps) for (const c of flattenChecks(step.checks)) map.set(c.id, step);
  return map;
}

function checkEnv(s: AttemptState): CheckEnv {
  const steps = stepOfCheck(s.lab);
  return {
    accounts: s.ctx.accounts,
    windowStart(check: Check) {
      const w = check.window ?? "lab";
      if (w === "lab") return s.row.resetAt;
      if (w === "step") {
        const at = s.stepStartedAt[steps.get(check.id)?.id ?? ""];
        return at ? new Date(at) : undefined;
      }
      const passed = s.checks[w.after]?.passedAt;
      return passed ? new Date(passed) : undefined;
    },
    waitingFor(check: Check) {
      const w = check.window ?? "lab";
      return typeof w === "object" ? `check "${w.after}" to pass` : "this step to begin";
    },
  };
}

/** A learner's sandbox reads its own accounts' events and sessions; the demo sandbox, alone on its server, reads all (as always). */
function accountScope(s: AttemptState): AccountScope {
  return s.row.sandboxId === SINGLE_SANDBOX ? undefined : Object.values(s.ctx.accounts);
}

export const stepDone = (s: AttemptState, step: LabStep) => step.checks.every((c) => s.checks[c.id]?.state === "passed");

/** The first non-optional step not done; then the first optional one not done; else the last step. */
function currentStepOf(s: AttemptState): LabStep {
  const steps = s.lab.steps;
  return steps.find((st) => !st.optional && !stepDone(s, st)) ?? steps.find((st) => !stepDone(s, st)) ?? steps[steps.length - 1];
}

function resolvedChecks(s: AttemptState, steps: readonly LabStep[]): Check[] {
  return resolveDeep(steps.flatMap((st) => st.checks), s.ctx);
}

/** Evaluates every top-level check not yet passed (or all of `recheck`), latching passes; moves the current step on. */
export async function evaluateAttempt(s: AttemptState, recheck: readonly LabStep[] = []): Promise<LabSnapshot | undefined> {
  const open = s.lab.steps.filter((st) => recheck.includes(st) || !stepDone(s, st));
  if (open.length === 0) return undefined;
  // Steps advance as checks pass, and a step's window opens when it becomes current: loop until stable.
  let snapshot: LabSnapshot | undefined;
  for (let round = 0; round < s.lab.steps.length + 1; round++) {
    const checks = resolvedChecks(s, open);
    snapshot = await buildSnapshot(checks, s.ctx.accounts, s.row.resetAt, s.answers, accountScope(s));
    const env = checkEnv(s);
    const now = serverNow().toISOString();
    for (const check of checks) {
      const latched = s.checks[check.id];
      const forced = recheck.some((st) => st.checks.some((c) => c.id === check.id));
      if (latched?.state === "passed" && !forced) continue;
      const result = evaluateCheck(check, snapshot, env);
      s.checks[check.id] = result.pass
        ? { state: "passed", reason: result.reason, passedAt: latched?.passedAt ?? now }
        : { state: s.answers[check.id] !== undefined || check.kind !== "answer" ? "failed" : "pending", reason: result.reason };
    }
    const current = currentStepOf(s);
    const moved = current.id !== s.row.currentStep;
    s.row.currentStep = current.id;
    if (!s.stepStartedAt[current.id]) s.stepStartedAt[current.id] = now;
    if (!moved) break;
  }
  return snapshot;
}
