// The Sandboxes pages' operations on this server's store (app/api/sandboxes): kept apart from
// ./provision.ts and its neighbours, which take their client as an argument (tests and scripts open
// their own store first).
import { db } from "@/lib/db";
import { startClassroomSandbox, type ClassroomSandbox } from "./classroom";
import { issueJoinCode, type JoinCode } from "./join-code";
import { joinSandbox, type JoinOutcome } from "./join";
import { deleteSandbox, learnerSandboxes, provisionSandbox, SandboxError, type SandboxCredentials } from "./provision";
import { sandboxRoster, type RosterEntry } from "./roster";

/** The learner's sandboxes, oldest first, with their credentials. */
export function sandboxesOf(learnerId: string): Promise<SandboxCredentials[]> {
  return learnerSandboxes(db, learnerId);
}

/** "Start a new sandbox". */
export function startSandbox(learnerId: string): Promise<SandboxCredentials> {
  return provisionSandbox(db, learnerId);
}

/** "Join a sandbox" with a code. */
export function joinWithCode(code: unknown, learnerId: string, clientAddress: string | undefined): Promise<JoinOutcome> {
  return joinSandbox(db, code, learnerId, clientAddress);
}

/** A classroom script's sandbox for a named learner, with its join code. */
export function startForLearner(learner: string): Promise<ClassroomSandbox> {
  return startClassroomSandbox(db, learner);
}

/** The instructor's view: every sandbox. */
export function roster(): Promise<RosterEntry[]> {
  return sandboxRoster(db);
}

export function newJoinCodeFor(sandboxId: string): Promise<JoinCode> {
  return issueJoinCode(db, sandboxId);
}

/** The instructor's Delete: a missing sandbox is NotFound (the row count says so before the work). */
export async function removeSandbox(sandboxId: string): Promise<void> {
  if (!(await db.sandbox.findUnique({ where: { id: sandboxId }, select: { id: true } }))) throw new SandboxError("NotFound", `No sandbox ${sandboxId}.`);
  await deleteSandbox(db, sandboxId);
}
