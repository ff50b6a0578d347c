// The policy page's Attach / Detach (and the Policies list's Actions menu): one policy attached to,
// or detached from, several users, groups and roles. Each change is its own IAM call
// (Attach/Detach{User,Group,Role}Policy, each authorized and quota-checked); like the console, the
// calls run in order and stop at the first refusal, reporting what was already done with the error.
import type { Caller } from "@/lib/authz/caller";
import type { ConsoleTrail } from "@/lib/cloudtrail/console-call";
import { AwsError, isAwsError } from "@/lib/errors";
import { attachGroupPolicy, detachGroupPolicy } from "@/lib/iam/groups";
import { attachRolePolicy, detachRolePolicy } from "@/lib/iam/roles/attached";
import { attachUserPolicy, detachUserPolicy } from "@/lib/iam/users/attached";
import type { AttachedEntity } from "./policy-detail";

const ATTACH = { User: attachUserPolicy, Group: attachGroupPolicy, Role: attachRolePolicy } as const;
const DETACH = { User: detachUserPolicy, Group: detachGroupPolicy, Role: detachRolePolicy } as const;

export interface AttachmentChanges {
  attach?: AttachedEntity[];
  detach?: AttachedEntity[];
}

type Step = [AttachedEntity, "Attached" | "Detached"];

/** The calls in the order they run: attachments first, then detachments. */
function stepsOf(changes: AttachmentChanges): Step[] {
  return [
    ...(changes.attach ?? []).map((e): Step => [e, "Attached"]),
    ...(changes.detach ?? []).map((e): Step => [e, "Detached"]),
  ];
}

const MEMBER = { User: "UserName", Group: "GroupName", Role: "RoleName" } as const;

/**
 * The CloudTrail records of one request (spec §1.1: a console action is recorded as the API it
 * calls): one Attach/Detach{User,Group,Role}Policy per change, never the request's umbrella label.
 * A refused request records the call that was refused, the first one not in `completed`.
 */
export function attachmentTrail(policyArn: string, changes: AttachmentChanges, failed?: { details?: Record<string, unknown> }): ConsoleTrail[] {
  const steps = stepsOf(changes);
  const done = failed?.details?.completed as { Attached: unknown[]; Detached: unknown[] } | undefined;
  const ran = failed ? steps.slice(done ? done.Attached.length + done.Detached.length : 0).slice(0, 1) : steps;
  return ran.map(([entity, kind]) => ({
    eventName: `${kind === "Attached" ? "Attach" : "Detach"}${entity.Type}Policy`,
    request: { [MEMBER[entity.Type]]: entity.Name, PolicyArn: policyArn },
  }));
}

export async function changePolicyAttachments(
  caller: Caller,
  policyArn: string,
  changes: AttachmentChanges,
): Promise<{ Attached: AttachedEntity[]; Detached: AttachedEntity[] }> {
  const done = { Attached: [] as AttachedEntity[], Detached: [] as AttachedEntity[] };
  for (const [entity, kind] of stepsOf(changes)) {
    try {
      await (kind === "Attached" ? ATTACH : DETACH)[entity.Type](caller, entity.Name, policyArn);
      done[kind].push(entity);
    } catch (e) {
      if (!isAwsError(e) || (done.Attached.length === 0 && done.Detached.length === 0)) throw e;
      // Partly done: keep IAM's code and message, and say which changes were already made.
      throw new AwsError(e.code, e.message, { ...e.details, completed: done });
    }
  }
  return done;
}
