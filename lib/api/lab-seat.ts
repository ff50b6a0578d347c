import "server-only";
// Where a console lab route acts (LabSeat, lib/labs/types.ts): the browser's learner (lab_learner
// cookie) in the sandbox the console is signed in to. Single mode: the demo sandbox, as always.
// Multi mode: the signed-in account's sandbox, which must be the learner's own (multi-mode sign-in
// already demands it; an instructor signed in to a learner's sandbox drives no lab there). The demo
// sandbox is never a learner's, so a training server's labs never reset or read it.
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import type { LabSeat } from "@/lib/labs/types";
import { isMultiSandbox, SINGLE_SANDBOX } from "@/lib/sandbox/mode";
import { learnerOwnsSandbox } from "@/lib/sandbox/ownership";
import { sandboxOfAccount } from "@/lib/sandbox/scope";
import { labLearner } from "./lab-learner";

export async function labSeat(caller: Pick<Caller, "accountId">): Promise<LabSeat> {
  const learnerId = await labLearner();
  if (!isMultiSandbox()) return { learnerId, sandboxId: SINGLE_SANDBOX };
  const sandboxId = await sandboxOfAccount(caller.accountId);
  if (!sandboxId || !(await learnerOwnsSandbox(learnerId, sandboxId))) {
    throw new AwsError("NoSuchEntity", "Labs run in your own sandbox: sign in to one of the sandboxes on the Sandboxes page, then open Labs.");
  }
  return { learnerId, sandboxId };
}
