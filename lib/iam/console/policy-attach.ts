// The policy page's Attach / Detach (and the Policies list's Actions menu): one policy attached to,
// or detached from, several users, groups and roles. Each change is its own IAM call
// (Attach/Detach{User,Group,Role}Policy, each authorized and quota-checked); like the console, the
// calls run in order and stop at the first refusal, reporting what was already done with the error.
import type { Caller } from "@/lib/authz/caller";
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

export async function changePolicyAttachments(
  caller: Caller,
  policyArn: string,
  changes: AttachmentChanges,
): Promise<{ Attached: AttachedEntity[]; Detached: AttachedEntity[] }> {
  const done = { Attached: [] as AttachedEntity[], Detached: [] as AttachedEntity[] };
  const steps: [AttachedEntity, "Attached" | "Detached"][] = [
    ...(changes.attach ?? []).map((e): [AttachedEntity, "Attached"] => [e, "Attached"]),
    ...(changes.detach ?? []).map((e): [AttachedEntity, "Detached"] => [e, "Detached"]),
  ];
  for (const [entity, kind] of steps) {
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
