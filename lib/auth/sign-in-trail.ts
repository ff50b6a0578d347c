// The ConsoleLogin record of a sign-in attempt (spec §1.4 E), written beside the outcome: success,
// or a failure in an account the attempt named. The MFA prompt between password and code is no
// attempt of its own [INF: AWS logs the sign-in once, when it ends]; a throttled attempt never
// reached authentication and is not recorded [INF].
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
import { consoleHomeUrl, UNKNOWN_ADDRESS, writeTrail } from "@/lib/cloudtrail/console-trail";
import { consoleLoginData, signInIdentity, signInRecord, type SignInWho } from "@/lib/cloudtrail/sign-in-events";

/** What the sign-in request says about the browser (the address comes from the socket, apart). */
export interface SignInMeta {
  userAgent?: string;
}

export interface ConsoleLoginOutcome {
  success: boolean;
  /** A code was checked (rightly or not). */
  mfaUsed: boolean;
  /** The device whose code was accepted: its ARN (serial number). */
  mfaIdentifier?: string;
}

export function recordConsoleLogin(who: SignInWho, outcome: ConsoleLoginOutcome, clientAddress: string | undefined, meta: SignInMeta, now: number): Promise<void> {
  return writeTrail(() => {
    const { userIdentity, username } = signInIdentity(who);
    const additionalEventData = consoleLoginData({ loginTo: consoleHomeUrl(), mfaUsed: outcome.mfaUsed, mfaIdentifier: outcome.mfaIdentifier });
    return [
      signInRecord({
        eventName: "ConsoleLogin",
        eventTime: new Date(now),
        userIdentity,
        username,
        accountId: who.accountId,
        sourceIPAddress: clientAddress ?? UNKNOWN_ADDRESS,
        userAgent: meta.userAgent ?? "",
        success: outcome.success,
        additionalEventData,
      }),
    ];
  });
}
