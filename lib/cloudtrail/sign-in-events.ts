// The records of what happens at the console's door, not over the wire: ConsoleLogin (success and
// failure, with the MFA fields) and SwitchRole (spec §1.2, examples E and F). They are AWS's
// `AwsConsoleSignIn` events: signin.amazonaws.com, us-east-1, eventVersion 1.08, requestParameters
// null, no accessKeyId, requestID or resources, readOnly false.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
// Pure: the identity comes in built (lib/cloudtrail/user-identity.ts), the store is the caller's.
import { randomUUID } from "node:crypto";
import type { TrailRecord } from "./types";

export const SIGN_IN_EVENT_SOURCE = "signin.amazonaws.com";
/** Sign-in events still carry 1.08 where API calls moved on (spec §1.2 [OBS]). */
export const SIGN_IN_EVENT_VERSION = "1.08";
/** IAM and sign-in events are recorded in us-east-1 [DOC]. */
export const SIGN_IN_REGION = "us-east-1";
/** What AWS logs for a user name it will not repeat: a failure caused by an unknown name may hold a password typed in the wrong field. */
export const HIDDEN_USER_NAME = "HIDDEN_DUE_TO_SECURITY_REASONS";
export const FAILED_AUTHENTICATION = "Failed authentication";
/** A user agent is cut at 1 KB (spec §1.2). */
const USER_AGENT_LIMIT = 1024;

export type SignInEventName = "ConsoleLogin" | "SwitchRole";

export interface SignInEvent {
  eventName: SignInEventName;
  eventTime: Date;
  /** The record's userIdentity, already in AWS's shape and key order. */
  userIdentity: Record<string, unknown>;
  /** LookupEvents' Username: the user name, "root", or the role session's name. */
  username?: string;
  /** The account whose event history shows the record. */
  accountId: string;
  sourceIPAddress: string;
  userAgent: string;
  success: boolean;
  additionalEventData: Record<string, unknown>;
  eventId?: string;
}

/** ConsoleLogin's additionalEventData, in AWS's key order (example E). */
export function consoleLoginData(input: { loginTo: string; mfaUsed: boolean; mfaIdentifier?: string }): Record<string, unknown> {
  return {
    LoginTo: input.loginTo,
    MobileVersion: "No",
    ...(input.mfaIdentifier ? { MFAIdentifier: input.mfaIdentifier } : {}),
    MFAUsed: input.mfaUsed ? "Yes" : "No",
  };
}

/** SwitchRole's additionalEventData (example F): the identity switched from and where the console went. */
export function switchRoleData(input: { switchFrom: string; redirectTo: string }): Record<string, unknown> {
  return { SwitchFrom: input.switchFrom, RedirectTo: input.redirectTo };
}

/** Who signed in, or tried to: the identities a sign-in record can carry (spec §1.3, example E). */
export type SignInWho =
  | { type: "Root"; accountId: string; alias?: string | null }
  | { type: "IAMUser"; accountId: string; userId: string; arn: string; userName: string }
  /** A failure: a known user's name is logged (no ARN); an unknown one is hidden. */
  | { type: "FailedIAMUser"; accountId: string; known?: { userId: string; userName: string } }
  /** The session Switch role made: AssumedRoleUser's id (`AROA…:session`) and ARN. */
  | { type: "AssumedRole"; accountId: string; assumedRoleId: string; arn: string };

/** userIdentity without accessKeyId or sessionContext: nothing was signed, no session existed yet. */
export function signInIdentity(who: SignInWho): { userIdentity: Record<string, unknown>; username: string } {
  switch (who.type) {
    case "Root":
      return {
        userIdentity: {
          type: "Root",
          principalId: who.accountId,
          arn: `arn:aws:iam::${who.accountId}:root`,
          accountId: who.accountId,
          ...(who.alias ? { userName: who.alias } : {}),
        },
        username: "root",
      };
    case "IAMUser":
      return {
        userIdentity: { type: "IAMUser", principalId: who.userId, arn: who.arn, accountId: who.accountId, userName: who.userName },
        username: who.userName,
      };
    case "FailedIAMUser": {
      const userName = who.known?.userName ?? HIDDEN_USER_NAME;
      const principal = who.known ? { principalId: who.known.userId } : {};
      return { userIdentity: { type: "IAMUser", ...principal, accountId: who.accountId, userName }, username: userName };
    }
    case "AssumedRole":
      return {
        userIdentity: { type: "AssumedRole", principalId: who.assumedRoleId, arn: who.arn, accountId: who.accountId },
        username: who.arn.slice(who.arn.lastIndexOf("/") + 1),
      };
  }
}

/** `YYYY-MM-DDTHH:MM:SSZ`: CloudTrail's eventTime has no fraction of a second. */
export function trailTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** One sign-in record: the JSON text keeps §1.2's key order (the error keys only on a failure). */
export function signInRecord(e: SignInEvent): TrailRecord {
  const eventId = e.eventId ?? randomUUID();
  const json = {
    eventVersion: SIGN_IN_EVENT_VERSION,
    userIdentity: e.userIdentity,
    eventTime: trailTime(e.eventTime),
    eventSource: SIGN_IN_EVENT_SOURCE,
    eventName: e.eventName,
    awsRegion: SIGN_IN_REGION,
    sourceIPAddress: e.sourceIPAddress,
    userAgent: e.userAgent.slice(0, USER_AGENT_LIMIT),
    // A failed sign-in has an errorMessage and no errorCode [DOC].
    ...(e.success ? {} : { errorMessage: FAILED_AUTHENTICATION }),
    requestParameters: null,
    responseElements: { [e.eventName]: e.success ? "Success" : "Failure" },
    additionalEventData: e.additionalEventData,
    eventID: eventId,
    readOnly: false,
    eventType: "AwsConsoleSignIn",
    managementEvent: true,
    recipientAccountId: e.accountId,
    eventCategory: "Management",
  };
  return {
    eventId,
    accountId: e.accountId,
    eventTime: e.eventTime,
    eventName: e.eventName,
    eventSource: SIGN_IN_EVENT_SOURCE,
    readOnly: false,
    ...(e.username !== undefined ? { username: e.username } : {}),
    resources: [],
    cloudTrailEvent: JSON.stringify(json),
  };
}
