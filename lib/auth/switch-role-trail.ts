// What Switch role leaves in the event history (spec §1.4 F): the AssumeRole the console makes on
// the user's behalf — sourceIPAddress and userAgent "AWS Internal", and in the caller's copy
// invokedBy "AWS Internal"; across accounts one record in each account, linked by sharedEventID —
// and, once it succeeded, a SwitchRole sign-in event in the role's account, as the new session.
// A refused switch leaves the AssumeRole failure only [INF]. Checks the console makes before it
// calls STS (an unknown account, a name too long, a session about to end) leave nothing [INF].
import { consoleHomeUrl, trailError, UNKNOWN_ADDRESS, writeTrail, writeTrailCalls } from "@/lib/cloudtrail/console-trail";
import { signInIdentity, signInRecord, switchRoleData } from "@/lib/cloudtrail/sign-in-events";
import type { TrailCall, TrailRecord } from "@/lib/cloudtrail/types";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";
import type { AssumeRoleResult } from "@/lib/sts/assume-role";

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
    requestId: newRequestId(),
    request: { RoleArn: a.roleArn, RoleSessionName: a.sessionName, DurationSeconds: a.durationSeconds },
    ...("result" in outcome ? { response: { ...outcome.result } } : trailError(outcome.error)),
    ...(a.accountId !== a.caller.accountId ? { resourceAccountId: a.accountId } : {}),
  };
}

/** The caller's copy names who made the call for it: the console, "AWS Internal" [OBS]. */
function invokedInternally(callerAccountId: string) {
  return (record: TrailRecord): TrailRecord => {
    if (record.accountId !== callerAccountId) return record;
    const json = JSON.parse(record.cloudTrailEvent) as { userIdentity?: Record<string, unknown> };
    if (!json.userIdentity || json.userIdentity.invokedBy !== undefined) return record;
    json.userIdentity.invokedBy = AWS_INTERNAL;
    return { ...record, cloudTrailEvent: JSON.stringify(json) };
  };
}

export async function recordSwitchRole(a: SwitchAttempt, result: AssumeRoleResult): Promise<void> {
  await writeTrailCalls([assumeRoleCall(a, { result })], invokedInternally(a.caller.accountId));
  await writeTrail(() => {
    const who = { type: "AssumedRole" as const, accountId: a.accountId, assumedRoleId: result.AssumedRoleUser.AssumedRoleId, arn: result.AssumedRoleUser.Arn };
    const { userIdentity, username } = signInIdentity(who);
    return [
      signInRecord({
        eventName: "SwitchRole",
        eventTime: a.at,
        userIdentity,
        username,
        accountId: a.accountId,
        sourceIPAddress: a.caller.sourceIp ?? UNKNOWN_ADDRESS,
        userAgent: a.caller.userAgent ?? "",
        success: true,
        additionalEventData: switchRoleData({ switchFrom: a.caller.arn, redirectTo: consoleHomeUrl() }),
      }),
    ];
  });
}

export function recordSwitchRoleFailure(a: SwitchAttempt, error: AwsError): Promise<void> {
  return writeTrailCalls([assumeRoleCall(a, { error })], invokedInternally(a.caller.accountId));
}
