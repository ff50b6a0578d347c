// sts:AssumeRoot: a short session as a member account's root user, scoped by one of AWS's root task
// policies, for the organization's management account once root sessions are enabled.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html
import { authorize } from "@/lib/authz/authorize";
import { deniedByRule } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { fixedRuleDenial } from "@/lib/policy/fixed-rules";
import { principalInfo } from "@/lib/authz/request";
import { organizationOf, rootAccessState } from "@/lib/iam/organizations/root-access";
import { ROOT_TASK_POLICIES, rootArn } from "@/lib/iam/organizations/root-tasks";
import { issueCredentials, type CredentialsShape } from "./credentials";
import { serverNow } from "@/lib/server-now";

export const ROOT_SESSION_DEFAULT_SECONDS = 900;

export interface AssumeRootInput {
  targetPrincipal: string;
  taskPolicyArn: string;
  durationSeconds?: number;
  now?: Date;
}

export interface AssumeRootResult {
  Credentials: CredentialsShape;
  SourceIdentity?: string;
}

/** "The member account principal ARN or account ID": the 12-digit id, or that account's root ARN. */
function targetAccount(target: string): string {
  const m = /^(?:(\d{12})|arn:aws:iam::(\d{12}):root)$/.exec(target);
  // [INF] AWS's answer to another principal is not documented: a ValidationError naming the parameter.
  if (!m) throw new AwsError("ValidationError", `Invalid TargetPrincipal: ${target} is not a member account ID or its root user ARN.`);
  return m[1] ?? m[2];
}

export async function assumeRoot(caller: Caller, input: AssumeRootInput): Promise<AssumeRootResult> {
  const now = input.now ?? serverNow();
  const target = targetAccount(input.targetPrincipal);
  if (!ROOT_TASK_POLICIES.includes(input.taskPolicyArn)) {
    // [INF] undocumented answer: the API reference says "You must use one of" these five.
    throw new AwsError("ValidationError", `Invalid TaskPolicyArn: ${input.taskPolicyArn} is not an AWS managed root task policy.`);
  }
  // Root user credentials (a root session too) are refused by rule, before anything is read.
  const rule = fixedRuleDenial({ principal: principalInfo(caller), action: "sts:AssumeRoot", resource: rootArn(target), mfa: caller.mfa });
  if (rule) throw deniedByRule(rule);
  const resource = rootArn(target);
  // Authorized as the caller's own call (the Service Authorization Reference's "root" resource):
  // no resource policy of the member account takes part.
  await authorize(caller, "sts:AssumeRoot", resource, { context: { "sts:TaskPolicyArn": input.taskPolicyArn }, resourceAccountId: caller.accountId, now });

  // [INF] AWS documents these preconditions, not its answers: AccessDenied with the reason.
  const org = await organizationOf(caller.accountId);
  if (!org || org.masterAccountId !== caller.accountId) {
    throw deniedByRule("AssumeRoot must be called by the management account or a delegated administrator for IAM of an organization.");
  }
  if (!(await rootAccessState(org.id)).rootSessions) {
    throw deniedByRule(`Root sessions are not enabled for the organization ${org.id} (EnableOrganizationsRootSessions).`);
  }
  const member = await organizationOf(target);
  if (target === org.masterAccountId || member?.id !== org.id) {
    throw deniedByRule(`The account ${target} is not a member account of the organization ${org.id}.`);
  }

  const sourceIdentity = caller.session?.sourceIdentity;
  const credentials = await issueCredentials({
    kind: "root",
    accountId: target,
    principalArn: resource,
    durationSeconds: input.durationSeconds ?? ROOT_SESSION_DEFAULT_SECONDS,
    sourcePrincipalArn: caller.arn,
    sourceIdentity,
    sessionPolicyArns: [input.taskPolicyArn],
    now,
  });
  return { Credentials: credentials, ...(sourceIdentity ? { SourceIdentity: sourceIdentity } : {}) };
}
