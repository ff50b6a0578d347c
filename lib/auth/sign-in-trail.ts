// The ConsoleLogin record of a sign-in attempt (spec §1.4 E), written beside the outcome: success,
// or a failure in the account the attempt named. The MFA prompt between password and code is no
// attempt of its own [INF: AWS logs the sign-in once, when it ends]; a throttled attempt never
// reached authentication and is not recorded [INF]; an unknown account has no history to write to.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
import { consoleHomeUrl, UNKNOWN_ADDRESS, writeTrailCalls } from "@/lib/cloudtrail/console-trail";
import { consoleLoginCall } from "@/lib/cloudtrail/sign-in-events";
import type { TrailActor } from "@/lib/cloudtrail/types";

/** What the sign-in request says about the browser (the address comes from the socket, apart). */
export interface SignInMeta {
  userAgent?: string;
}

export interface ConsoleLoginOutcome {
  /** Who signed in, or the root / account and user the failed attempt named. */
  actor: TrailActor;
  accountAlias?: string | null;
  success: boolean;
  /** A code was checked (rightly or not). */
  mfaUsed: boolean;
  /** The device whose code was accepted: its ARN (serial number). */
  mfaIdentifier?: string;
}

export function recordConsoleLogin(outcome: ConsoleLoginOutcome, clientAddress: string | undefined, meta: SignInMeta, now: number): Promise<void> {
  const call = consoleLoginCall({
    at: new Date(now),
    sourceIPAddress: clientAddress ?? UNKNOWN_ADDRESS,
    userAgent: meta.userAgent ?? "",
    loginTo: consoleHomeUrl(),
    ...outcome,
    accountAlias: outcome.accountAlias ?? undefined,
  });
  return writeTrailCalls([call]);
}
