// AWS's root task policies and the root sessions AssumeRoot issues with them. A root session acts as
// the member account's root user; the IAM calls its tasks make may omit UserName, which then names
// the root user itself (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html:
// "When you make this request with root user credentials, you must use an AssumeRoot session to omit
// the user name").
import type { Caller } from "@/lib/authz/caller";

/** The five AWS managed policies a root session may be scoped by (path /root-task/). */
export const ROOT_TASK_POLICIES = [
  "IAMAuditRootUserCredentials",
  "IAMCreateRootUserPassword",
  "IAMDeleteRootUserCredentials",
  "S3UnlockBucketPolicy",
  "SQSUnlockQueuePolicy",
].map((name) => `arn:aws:iam::aws:policy/root-task/${name}`);

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** Credentials from AssumeRoot: the root user, scoped by a root task policy. */
export function isRootSession(caller: Caller): boolean {
  return caller.kind === "root" && !!caller.session?.sessionPolicyArns.some((arn) => ROOT_TASK_POLICIES.includes(arn));
}
