import "server-only";
// What the console's lab routes (app/api/console/labs/*) share: the input schemas, and the lookups
// that turn a name the learner's browser sent (a lab, step, check or actor id) into a 404 before the
// engine sees it, so a bad or stale id is an answer, never an engine exception (a 5xx).
// The routes are platform features, not IAM actions: their `console:` labels are recorded in the
// activity log but name no AWS API (lib/cloudtrail/console-call.ts records none), and no IAM policy
// governs them; any signed-in console principal may drive the lab of the browser's own learner, in the
// sandbox it is signed in to (./lab-seat.ts).
import { z } from "zod";
import { AwsError } from "@/lib/errors";
import { LabError, labService } from "@/lib/labs/service";
import type { Caller } from "@/lib/authz/caller";
import type { LabSeat, LabService, LabView } from "@/lib/labs/types";
import { labSeat } from "./lab-seat";

/** Ids in lab files are short slugs; anything longer or odder names nothing. */
const ZId = z.string().min(1).max(128);
export const ZLabId = z.object({ labId: ZId }).strict();
export const ZStepId = z.object({ stepId: ZId }).strict();
export const ZActorId = z.object({ actorId: ZId }).strict();
export const ZAnswer = z.object({ checkId: ZId, value: z.string().max(500) }).strict();

/** The engine's own refusals (LabError: 400, or 404/409 for something that is not there) in the console's error shape. */
function asAwsError(e: unknown): unknown {
  if (!(e instanceof LabError)) return e;
  return new AwsError(e.status === 400 ? "InvalidInput" : "NoSuchEntity", e.message);
}

const METHODS = ["catalog", "start", "current", "revealHint", "showSolution", "answer", "runActor", "reset", "finish"] as const satisfies readonly (keyof LabService)[];

const answering = Object.fromEntries(
  METHODS.map((name) => {
    const method = labService[name] as (...args: unknown[]) => Promise<unknown>;
    return [name, (...args: unknown[]) => method.apply(labService, args).catch((e: unknown) => Promise.reject(asAwsError(e)))];
  }),
) as unknown as LabService;

/** The engine, its refusals turned into 4xx answers (anything else stays an unexpected 500). */
export function labs(): LabService {
  return answering;
}

function noSuch(what: string, id: string): AwsError {
  return new AwsError("NoSuchEntity", `The ${what} with id ${id} cannot be found.`);
}

/** The learner's seat and their lab in progress there; none is a 404 (there is nothing to act on). */
export async function currentLab(caller: Caller): Promise<{ seat: LabSeat; view: LabView }> {
  const seat = await labSeat(caller);
  const view = await labs().current(seat);
  if (!view) throw new AwsError("NoSuchEntity", "No lab is in progress. Start one from the Labs page.");
  return { seat, view };
}

export async function knownLab(seat: LabSeat, labId: string): Promise<void> {
  const cards = await labs().catalog(seat);
  if (!cards.some((c) => c.id === labId)) throw noSuch("lab", labId);
}

export function knownStep(view: LabView, stepId: string): void {
  if (!view.steps.some((s) => s.id === stepId)) throw noSuch("step", stepId);
}

export function knownActor(view: LabView, actorId: string): void {
  if (!view.actors.some((a) => a.id === actorId)) throw noSuch("actor", actorId);
}

/** Only answer checks take a typed answer; any other id (or a check nested in all/any) is not one. */
export function knownAnswerCheck(view: LabView, checkId: string): void {
  const found = view.steps.some((s) => s.checks.some((c) => c.id === checkId && c.question !== undefined));
  if (!found) throw noSuch("question", checkId);
}
