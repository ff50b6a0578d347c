// What happens at the console's door, not over the wire, as calls for the one record builder
// (lib/cloudtrail/record.ts): ConsoleLogin (success and failure, with the MFA fields) and SwitchRole
// (spec §1.2, examples E and F). They are AWS's `AwsConsoleSignIn` events: signin.amazonaws.com in
// us-east-1, requestParameters null, no accessKeyId, requestID or resources, readOnly false; a failure
// has only errorMessage "Failed authentication".
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
import type { Caller } from "@/lib/authz/caller";
import type { TrailActor, TrailCall, TrailRecord } from "./types";

export const FAILED_AUTHENTICATION = "Failed authentication";

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

interface DoorCall {
  at: Date;
  sourceIPAddress: string;
  userAgent: string;
}

function signInCall(eventName: "ConsoleLogin" | "SwitchRole" | "ExitRole", door: DoorCall, actor: TrailActor, success: boolean): TrailCall {
  return {
    eventTime: door.at,
    eventSource: "signin.amazonaws.com",
    eventName,
    // Sign-in events are recorded in us-east-1 [DOC].
    awsRegion: "us-east-1",
    actor,
    sourceIPAddress: door.sourceIPAddress,
    userAgent: door.userAgent,
    // The builder writes only the message of a sign-in's error (no errorCode).
    ...(success ? {} : { error: { code: "SignInFailure", message: FAILED_AUTHENTICATION } }),
    responseElements: { [eventName]: success ? "Success" : "Failure" },
  };
}

export interface ConsoleLogin extends DoorCall {
  /** Success: the signed-in root or user. Failure: root, or the account and (known) user the attempt named. */
  actor: TrailActor;
  /** Root's userIdentity.userName. */
  accountAlias?: string;
  success: boolean;
  loginTo: string;
  mfaUsed: boolean;
  /** The MFA device whose code was accepted (its ARN). */
  mfaIdentifier?: string;
}

export function consoleLoginCall(e: ConsoleLogin): TrailCall {
  return {
    ...signInCall("ConsoleLogin", e, e.actor, e.success),
    ...(e.accountAlias ? { accountAlias: e.accountAlias } : {}),
    additionalEventData: consoleLoginData(e),
  };
}

export interface SwitchRole extends DoorCall {
  /** The role session the switch made. */
  session: Caller;
  /** The identity switched from (the user, or the role session before a chained switch). */
  switchFrom: string;
  redirectTo: string;
}

export function switchRoleCall(e: SwitchRole): TrailCall {
  return { ...signInCall("SwitchRole", e, { kind: "caller", caller: e.session }, true), additionalEventData: switchRoleData(e) };
}

/**
 * Switch back: the console leaves the role session. AWS logs it as the sign-in event ExitRole
 * (responseElements {"ExitRole": "Success"}), as the session that ends [INF: its userIdentity and
 * the absence of additionalEventData are not in AWS's examples].
 */
export function exitRoleCall(e: DoorCall & { session: Caller }): TrailCall {
  return signInCall("ExitRole", e, { kind: "caller", caller: e.session }, true);
}

/**
 * SwitchRole names the new session by its ids only (example F [OBS]): the builder's AssumedRole
 * identity also carries the session's context, which this record leaves out.
 */
export function withoutSessionContext(record: TrailRecord): TrailRecord {
  const json = JSON.parse(record.cloudTrailEvent) as { userIdentity?: Record<string, unknown> };
  if (!json.userIdentity || !("sessionContext" in json.userIdentity)) return record;
  delete json.userIdentity.sessionContext;
  return { ...record, cloudTrailEvent: JSON.stringify(json) };
}
