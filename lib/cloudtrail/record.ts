// TrailCall → TrailRecord[] (spec §1.2–§1.6): the CloudTrail record(s) one request becomes. Pure: ids
// and time come in (or are drawn here), the store is the caller's. The JSON text is written here, key
// by key, so every record has §1.2's key order whatever the inputs' order.
import { randomUUID } from "node:crypto";
import { eventVersionFor, responseDate, trailTime } from "./formats";
import { redactedKey } from "./redaction";
import { lookupResources } from "./resources";
import type { TrailCall, TrailRecord } from "./types";
import { accountIdentity, actorAccountId, trailUsername, userIdentity } from "./user-identity";

/** A user agent is cut at 1 KB (spec §1.2). */
export const USER_AGENT_LIMIT = 1024;

/** Ids a test (or a replay) fixes; anything absent is a fresh UUID. */
export interface TrailIds {
  /** One per record, in order: the caller's copy, then the role account's. */
  eventIds?: string[];
  sharedEventId?: string;
}

/**
 * Read-only calls, from the action name: reads (Get/List/Describe/Lookup/Simulate/Decode/Generate
 * report jobs, the catalogue's Read and List levels) and AssumeRole* / AssumeRoot, which CloudTrail
 * marks read-only although they issue credentials [OBS].
 */
const READ_ONLY = /^(Get|List|Describe|Lookup|Simulate|Decode|Generate|Assume)[A-Z]/;

export function isReadOnlyEvent(eventName: string): boolean {
  return READ_ONLY.test(eventName);
}

const DENIALS = new Set(["AccessDenied", "AccessDeniedException"]);

export function isDenial(errorCode: string | undefined): boolean {
  return errorCode !== undefined && DENIALS.has(errorCode);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The wire's PascalCase → CloudTrail's camelCase, member names only (a Map is user data: its keys
 * stay), secrets dropped wherever they are, dates in the source's response form.
 */
function camel(value: unknown, source: TrailCall["eventSource"]): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof Date) return responseDate(source, value);
  if (Array.isArray(value)) return value.map((v) => camel(v, source) ?? null);
  if (value instanceof Map) {
    const out = new Map<string, unknown>();
    for (const [k, v] of value) if (v !== undefined) out.set(String(k), camel(v, source));
    return out;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || redactedKey(key)) continue;
      out[lowerFirst(key)] = camel(v, source);
    }
    return out;
  }
  return value;
}

function nonEmpty(o: unknown): o is Record<string, unknown> {
  return typeof o === "object" && o !== null && Object.keys(o).length > 0;
}

function requestParameters(call: TrailCall): unknown {
  // Sign-ins and denied calls log no parameters [OBS].
  if (call.eventSource === "signin.amazonaws.com" || isDenial(call.error?.code)) return null;
  const params = camel(call.request ?? null, call.eventSource);
  return nonEmpty(params) ? params : null;
}

function responseElements(call: TrailCall, readOnly: boolean): unknown {
  if (call.responseElements) return call.responseElements;
  if (call.error || !call.response) return null;
  // Reads log nothing back, except the calls that issue credentials (AssumeRole*, GetSessionToken…).
  if (readOnly && !("Credentials" in call.response)) return null;
  let response = call.response;
  // The trail names a web-identity provider by its ARN where the API answers the issuer [INF, example D].
  if (call.actor.kind === "web-identity" && "Provider" in response) response = { ...response, Provider: call.actor.identityProvider };
  const out = camel(response, call.eventSource);
  return nonEmpty(out) ? out : null;
}

const ROLE_ARN = /^arn:([^:]+):iam::(\d{12}):role\//;
const PROVIDER_ARN = /^arn:[^:]+:iam::(\d{12}):saml-provider\//;

/** The JSON `resources` (AssumeRole* only, on success): the role, and the SAML provider [OBS]. */
function jsonResources(call: TrailCall): Array<Record<string, string>> | undefined {
  if (call.error || !call.eventName.startsWith("AssumeRole")) return undefined;
  const roleArn = call.request?.RoleArn;
  const account = typeof roleArn === "string" ? ROLE_ARN.exec(roleArn)?.[2] : undefined;
  if (!account) return undefined;
  const out = [{ accountId: account, type: "AWS::IAM::Role", ARN: roleArn as string }];
  const provider = call.request?.PrincipalArn;
  const providerAccount = typeof provider === "string" ? PROVIDER_ARN.exec(provider)?.[1] : undefined;
  if (call.eventName === "AssumeRoleWithSAML" && providerAccount) out.push({ accountId: providerAccount, type: "AWS::IAM::SAMLProvider", ARN: provider as string });
  return out;
}

/** JSON text with insertion-ordered keys; Maps as objects; undefined members left out. */
export function toJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (value instanceof Date) return JSON.stringify(trailTime(value));
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  const entries: Array<[string, unknown]> = value instanceof Map ? [...value] : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  return `{${entries
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
    .join(",")}}`;
}

/** Where the call's first copy goes: the caller's account, or for unsigned calls the role's. */
function recipientOf(call: TrailCall): string | undefined {
  if (call.actor.kind === "web-identity" || call.actor.kind === "saml") return call.resourceAccountId ?? actorAccountId(call.actor);
  return actorAccountId(call.actor);
}

/**
 * The record(s) of one call. A successful cross-account call by a principal (resourceAccountId ≠ the
 * caller's account) is seen by both accounts: two records sharing requestID and sharedEventID, the
 * role account's naming the caller as an AWSAccount [OBS 2020 pair]. A denied one stays in the
 * caller's account [INF, spec §4].
 */
export function buildTrailRecords(call: TrailCall, ids: TrailIds = {}): TrailRecord[] {
  const recipient = recipientOf(call);
  if (!recipient) return [];
  const readOnly = call.eventSource === "signin.amazonaws.com" ? false : isReadOnlyEvent(call.eventName);
  const signIn = call.eventSource === "signin.amazonaws.com";
  const crossAccount =
    call.actor.kind === "caller" && !call.error && call.resourceAccountId !== undefined && call.resourceAccountId !== call.actor.caller.accountId;
  const sharedEventId = crossAccount ? (ids.sharedEventId ?? randomUUID()) : undefined;
  const identityOptions = { accessKeyId: call.accessKeyId, accountAlias: call.accountAlias, invokedBy: call.invokedBy, sessionCreatedAt: call.sessionCreatedAt };

  const shared = {
    eventTime: trailTime(call.eventTime),
    requestParameters: requestParameters(call),
    responseElements: responseElements(call, readOnly),
    resources: jsonResources(call),
    lookup: lookupResources(call),
  };
  const copies: Array<{ accountId: string; identity: Record<string, unknown>; own: boolean }> = [
    { accountId: recipient, identity: userIdentity(call.actor, identityOptions), own: true },
  ];
  if (crossAccount && call.actor.kind === "caller") {
    copies.push({ accountId: call.resourceAccountId as string, identity: accountIdentity(call.actor.caller), own: false });
  }
  const username = trailUsername(call.actor);

  return copies.map((copy, i) => {
    const eventId = ids.eventIds?.[i] ?? randomUUID();
    const json = toJson({
      eventVersion: eventVersionFor(call.eventSource),
      userIdentity: copy.identity,
      eventTime: shared.eventTime,
      eventSource: call.eventSource,
      eventName: call.eventName,
      awsRegion: call.awsRegion,
      sourceIPAddress: call.sourceIPAddress,
      userAgent: call.userAgent.slice(0, USER_AGENT_LIMIT),
      errorCode: signIn ? undefined : call.error?.code,
      errorMessage: call.error?.message,
      requestParameters: shared.requestParameters,
      responseElements: shared.responseElements,
      additionalEventData: call.additionalEventData,
      requestID: call.requestId,
      eventID: eventId,
      readOnly,
      resources: shared.resources,
      eventType: signIn ? "AwsConsoleSignIn" : "AwsApiCall",
      managementEvent: true,
      recipientAccountId: copy.accountId,
      sharedEventID: sharedEventId,
      eventCategory: "Management",
      tlsDetails: call.tls,
      sessionCredentialFromConsole: call.fromConsole ? "true" : undefined,
    });
    const record: TrailRecord = {
      eventId,
      accountId: copy.accountId,
      eventTime: call.eventTime,
      eventName: call.eventName,
      eventSource: call.eventSource,
      readOnly,
      resources: shared.lookup,
      cloudTrailEvent: json,
    };
    // The role account's copy names only an account (userIdentity AWSAccount, no userName), so it has
    // no Username to look up by [INF, spec §4: AWS's value there is unrecorded].
    if (username !== undefined && copy.own) record.username = username;
    if (call.accessKeyId && copy.own) record.accessKeyId = call.accessKeyId;
    if (call.error && !signIn) record.errorCode = call.error.code;
    if (call.requestId) record.requestId = call.requestId;
    if (sharedEventId) record.sharedEventId = sharedEventId;
    if (call.decision && copy.own) record.decision = call.decision;
    return record;
  });
}
