// Classroom scripts' sandboxes (training spec §6): `npm run sandbox:new -- --learner <name>` and the
// instructor's API make a sandbox for a learner by name, before any browser of theirs is known. It is
// owned by "unclaimed:<name>", which no lab_learner cookie can be (the colon is outside the cookie's
// alphabet, lib/api/learner-id.ts), so nobody signs in to it until a browser redeems its join code
// (./join-code.ts). The limit of 3 counts per name until then.
import type { PrismaClient } from "@/generated/prisma/client";
import { serverNow } from "@/lib/server-now";
import { joinCodeColumns, type JoinCode } from "./join-code";
import { provisionSandbox, type SandboxCredentials } from "./provision";

/** A learner's name as a script gives it: 1-64 letters, digits, . _ @ - (an e-mail address fits). */
export const LEARNER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;
const UNCLAIMED = "unclaimed:";

export function isLearnerName(value: unknown): value is string {
  return typeof value === "string" && LEARNER_NAME.test(value);
}

/** Whether a sandbox still waits for its learner's browser. */
export function isUnclaimed(learnerId: string): boolean {
  return learnerId.startsWith(UNCLAIMED);
}

export interface ClassroomSandbox {
  learner: string;
  joinCode: JoinCode;
  sandbox: SandboxCredentials;
}

/** A sandbox for the named learner with a fresh join code, in the provisioning's one transaction. */
export async function startClassroomSandbox(db: PrismaClient, learner: string, now: Date = serverNow()): Promise<ClassroomSandbox> {
  const { code, columns } = joinCodeColumns(now);
  const sandbox = await provisionSandbox(db, `${UNCLAIMED}${learner}`, now, undefined, { learnerName: learner, ...columns });
  return { learner, joinCode: code, sandbox };
}
