// What Switch role leaves in the event history (spec §1.4 F): the AssumeRole the console makes on
// the user's behalf — sourceIPAddress and userAgent "AWS Internal", and in the caller's copy
// invokedBy "AWS Internal"; across accounts one record in each account, linked by sharedEventID —
// and, once it succeeded, a SwitchRole sign-in event in the role's account, as the new session, from
// the browser's address and User-Agent. A refused switch leaves the AssumeRole failure only [INF].
// Checks the console makes before it calls STS (an unknown account, a name too long, a session about
// to end, root) leave nothing [INF].
import { consoleHomeUrl, trailError, UNKNOWN_ADDRESS, writeTrailCalls } from "@/lib/cloudtrail/console-trail";
import { exitRoleCall, switchRoleCall, withoutSessionContext } from "@/lib/cloudtrail/sign-in-events";
import type { TrailCall } from "@/lib/cloudtrail/types";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";
import type { AssumeRoleResult } from "@/lib/sts/assume-role";
import { serverNow } from "@/lib/server-now";

export const AWS_INTERNAL = "AWS Internal";

export interface SwitchAttempt {
  caller: Caller;
  /** The account the role is in (the switch form's account, resolved). */
  accountId: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  at: Date;
}

function assumeRoleCall(a: SwitchAttempt, outcome: { result: AssumeRoleResult } | { error: AwsError }): TrailCall {
  return {
    eventTime: a.at,
    eventSource: "sts.amazonaws.com",
    eventName: "AssumeRole",
    awsRegion: "us-east-1",
    actor: { kind: "caller", caller: a.caller },
    ...(a.caller.session ? { accessKeyId: a.caller.session.accessKeyId } : {}),
    sourceIPAddress: AWS_INTERNAL,
    userAgent: AWS_INTERNAL,
    invokedBy: AWS_INTERNAL,
    requestId: newRequestId(),
    request: { RoleArn: a.roleArn, RoleSessionName: a.sessionName, DurationSeconds: a.durationSeconds },
    ...("result" in outcome ? { response: { ...outcome.result } } : trailError(outcome.error)),
    ...(a.accountId !== a.caller.accountId ? { resourceAccountId: a.accountId } : {}),
  };
}

/** The session the switch made, as the SwitchRole record's principal. */
function sessionOf(a: SwitchAttempt, result: AssumeRoleResult): Caller {
  const { AssumedRoleId, Arn } = result.AssumedRoleUser;
  const roleName = a.roleArn.slice(a.roleArn.lastIndexOf("/") + 1);
  return {
    kind: "assumed-role",
    accountId: a.accountId,
    arn: Arn,
    role: { id: AssumedRoleId.slice(0, AssumedRoleId.indexOf(":")), arn: a.roleArn, name: roleName },
    session: { accessKeyId: result.Credentials.AccessKeyId, name: a.sessionName, issuedAt: a.at, expiresAt: result.Credentials.Expiration, sessionPolicyArns: [] },
    mfa: a.caller.mfa,
    via: "console",
  };
}

export async function recordSwitchRole(a: SwitchAttempt, result: AssumeRoleResult): Promise<void> {
  await writeTrailCalls([assumeRoleCall(a, { result })]);
  const call = switchRoleCall({
    at: a.at,
    sourceIPAddress: a.caller.sourceIp ?? UNKNOWN_ADDRESS,
    userAgent: a.caller.userAgent ?? "",
    session: sessionOf(a, result),
    switchFrom: a.caller.arn,
    redirectTo: consoleHomeUrl(),
  });
  await writeTrailCalls([call], withoutSessionContext);
}

export function recordSwitchRoleFailure(a: SwitchAttempt, error: AwsError): Promise<void> {
  return writeTrailCalls([assumeRoleCall(a, { error })]);
}

/** Switch back from a console role session: the ExitRole sign-in event, as that session. */
export function recordSwitchBack(session: Caller, at: Date = serverNow()): Promise<void> {
  const call = exitRoleCall({ at, sourceIPAddress: session.sourceIp ?? UNKNOWN_ADDRESS, userAgent: session.userAgent ?? "", session });
  return writeTrailCalls([call], withoutSessionContext);
}
