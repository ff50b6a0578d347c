// LabService (./types.ts): the engine behind the console's lab routes and panel. An attempt is one
// LabAttempt row; every read evaluates the lab's checks over a fresh snapshot, latches passes and
// moves the current step on (the first step not done). Start and Reset rebuild the sandbox (one
// server-side reset + setup, ./setup.ts); progress, hints and solution views live in the row, which
// no sandbox reset touches.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ADMIN_PASSWORD, ALICE_PASSWORD } from "@/lib/sandbox/constants";
import type { LabAttempt } from "@/generated/prisma/client";
import { runActor as runActorCalls } from "./actors";
import { evaluateCheck, type CheckEnv } from "./checks/evaluate";
import type { LabSnapshot } from "./checks/facts";
import { resolveDeep, resolveTemplate, type LabContext } from "./placeholders";
import { allLabs, findLab } from "./registry";
import { flattenChecks } from "./schema";
import { resetForLab } from "./setup";
import { buildSnapshot } from "./snapshot";
import type { Check, CheckState, CheckView, CredentialView, FinishSummary, LabCard, LabDefinition, LabService, LabStep, LabView } from "./types";

export class LabError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = "LabError";
  }
}

interface LatchedCheck {
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

const parse = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

function stateOf(row: LabAttempt): AttemptState {
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

async function save(s: AttemptState, extra: Partial<LabAttempt> = {}): Promise<void> {
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

// ---------------------------------------------------------------- evaluation

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

const stepDone = (s: AttemptState, step: LabStep) => step.checks.every((c) => s.checks[c.id]?.state === "passed");

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
    snapshot = await buildSnapshot(checks, s.ctx.accounts, s.row.resetAt, s.answers);
    const env = checkEnv(s);
    const now = new Date().toISOString();
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

// ---------------------------------------------------------------- views

function credentialsOf(ctx: LabContext): CredentialView[] {
  const passwords: Record<string, string> = { "identity/admin": ADMIN_PASSWORD, "identity/alice": ALICE_PASSWORD, "workload/admin": ADMIN_PASSWORD };
  const out: CredentialView[] = [];
  const seen = new Set<string>();
  for (const k of Object.values(ctx.keys)) {
    const id = `${k.account}/${k.user}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ label: profileName(k.account, k.user), accountId: ctx.accounts[k.account], userName: k.user, password: passwords[id], accessKeyId: k.id, secretAccessKey: k.secret });
  }
  for (const [id, password] of Object.entries(passwords)) {
    if (seen.has(id)) continue;
    const [account, user] = id.split("/");
    out.push({ label: profileName(account, user), accountId: ctx.accounts[account], userName: user, password });
  }
  return out;
}

export function profileName(account: string, user: string): string {
  return `${account}-${user}`;
}

/** The endpoint the CLI snippet points at (LAB_ENDPOINT_URL, else the local server). */
export function labEndpointUrl(): string {
  return process.env.LAB_ENDPOINT_URL ?? `http://localhost:${process.env.PORT ?? 3000}/api/aws`;
}

/** ~/.aws/config and ~/.aws/credentials for every key the lab gives: one profile `<account>-<user>` each. */
export function cliConfigOf(ctx: LabContext, endpoint = labEndpointUrl()): string {
  const config: string[] = ["# ~/.aws/config"];
  const credentials: string[] = ["# ~/.aws/credentials"];
  const seen = new Set<string>();
  for (const k of Object.values(ctx.keys)) {
    const name = profileName(k.account, k.user);
    if (seen.has(name)) continue;
    seen.add(name);
    config.push(`[profile ${name}]`, "region = us-east-1", `endpoint_url = ${endpoint}`, "");
    credentials.push(`[${name}]`, `aws_access_key_id = ${k.id}`, `aws_secret_access_key = ${k.secret}`, "");
  }
  return [...config, ...credentials].join("\n").trimEnd() + "\n";
}

function checkView(s: AttemptState, check: Check): CheckView {
  const latched = s.checks[check.id];
  const view: CheckView = { id: check.id, label: resolveTemplate(check.label, s.ctx), state: latched?.state ?? "pending", reason: latched?.reason };
  if (check.kind === "answer") {
    view.question = resolveTemplate(check.question, s.ctx);
    if (check.choices) view.choices = check.choices.map((c) => resolveTemplate(c, s.ctx));
    if (s.answers[check.id] !== undefined) view.answer = s.answers[check.id];
  }
  return view;
}

export function viewOf(s: AttemptState): LabView {
  const { lab, ctx } = s;
  const done = lab.steps.filter((st) => stepDone(s, st)).length;
  return {
    labId: lab.id,
    version: lab.version,
    title: lab.title,
    goal: resolveTemplate(lab.goal, ctx),
    startedAt: s.row.startedAt.toISOString(),
    ...(s.row.finishedAt ? { finishedAt: s.row.finishedAt.toISOString() } : {}),
    progress: { done, total: lab.steps.length },
    credentials: credentialsOf(ctx),
    cliConfig: cliConfigOf(ctx),
    actors: lab.actors.map((a) => ({
      id: a.id,
      label: a.label,
      description: resolveTemplate(a.description, ctx),
      ...(s.actorResults[a.id] ? { lastResult: s.actorResults[a.id] } : {}),
    })),
    steps: lab.steps.map((st) => {
      const shown = Math.min(s.hintsShown[st.id] ?? 0, st.hints.length);
      return {
        id: st.id,
        title: st.title,
        body: resolveTemplate(st.body, ctx),
        optional: st.optional ?? false,
        done: stepDone(s, st),
        current: st.id === s.row.currentStep,
        checks: st.checks.map((c) => checkView(s, c)),
        hintsShown: st.hints.slice(0, shown).map((h) => resolveTemplate(h, ctx)),
        hintsTotal: st.hints.length,
        ...(s.solutionSteps.includes(st.id) ? { solution: resolveDeep(st.solution, ctx) } : {}),
      };
    }),
    hintsUsed: Object.values(s.hintsShown).reduce((a, b) => a + b, 0),
    solutionViewed: s.solutionSteps.length > 0,
    startUrl: lab.startUrl,
  };
}

// ---------------------------------------------------------------- the service

const SANDBOX = "single";

async function currentRow(learnerId: string): Promise<LabAttempt | null> {
  return db.labAttempt.findFirst({ where: { learnerId, sandboxId: SANDBOX, finishedAt: null }, orderBy: { startedAt: "desc" } });
}

async function requireCurrent(learnerId: string): Promise<AttemptState> {
  const row = await currentRow(learnerId);
  if (!row) throw new LabError(409, "No lab is in progress.");
  return stateOf(row);
}

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
        const now = new Date();
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
      s.actorResults[actor.id] = { at: new Date().toISOString(), ok: result.ok, summary: result.summary };
      await save(s);
      return evaluated(s);
    },

    async reset(learnerId) {
      const s = await requireCurrent(learnerId);
      return serialized(async () => {
        const now = new Date();
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
      const finishedAt = new Date();
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
