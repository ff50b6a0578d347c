// A console API route's request as the API call it stands for (spec §1.1: "console actions are
// recorded as the API they call, with sessionCredentialFromConsole and the browser User-Agent").
// The route's action names the call (iam:ListRoles → iam.amazonaws.com ListRoles); labels that are
// no AWS API (console:…, signin:…) are not recorded. requestParameters default to the route's path
// parameters under the API's member names [INF]; a route that knows its API's input says so itself.
import type { Caller } from "@/lib/authz/caller";
import type { TrailCall, TrailEventSource } from "./types";

/** sourceIPAddress when the app runs without server.ts and so knows no client address [INF]. */
export const UNKNOWN_ADDRESS = "unknown";

const SOURCES: Record<string, TrailEventSource> = {
  iam: "iam.amazonaws.com",
  sts: "sts.amazonaws.com",
  "access-analyzer": "access-analyzer.amazonaws.com",
  cloudtrail: "cloudtrail.amazonaws.com",
  organizations: "organizations.amazonaws.com",
  rolesanywhere: "rolesanywhere.amazonaws.com",
};

/** What a route may say about the call it records (Handler.trail in lib/api/with-console-api.ts). */
export interface ConsoleTrail {
  /** The API's name when the route's action is an umbrella label (iam:CreateProvider → CreateSAMLProvider). */
  eventName?: string;
  /** The API's input in its wire (PascalCase) names; the record builder camelCases and redacts it. */
  request?: Record<string, unknown> | null;
  /** The API's result, for calls whose records keep one (the builder decides). */
  response?: Record<string, unknown> | null;
}

/** `{ [member]: … }` of a console result that holds the API's result member (CreateRole's Role), else null. */
export function apiResult(result: unknown, member: string): Record<string, unknown> | null {
  const value = result && typeof result === "object" ? (result as Record<string, unknown>)[member] : undefined;
  return value && typeof value === "object" ? { [member]: value } : null;
}

/** The event source and name of a route's action; null for labels that are no AWS API. */
export function consoleEventOf(action: string): { eventSource: TrailEventSource; eventName: string } | null {
  const colon = action.indexOf(":");
  const eventSource = SOURCES[action.slice(0, colon)];
  const eventName = action.slice(colon + 1);
  return eventSource && /^[A-Z][A-Za-z0-9]*$/.test(eventName) ? { eventSource, eventName } : null;
}

const OWNER_NAMES: Record<string, string> = { roles: "RoleName", users: "UserName", groups: "GroupName" };
const CHILD_IDS: Record<string, string> = {
  "access-keys": "AccessKeyId",
  "ssh-public-keys": "SSHPublicKeyId",
  "service-credentials": "ServiceSpecificCredentialId",
  "signing-certificates": "CertificateId",
  versions: "VersionId",
};

/**
 * The route's path parameters under the API's names [INF]: /roles/[name] → RoleName,
 * /policies/[arn] → PolicyArn, /users/[name]/access-keys/[keyId] → UserName + AccessKeyId.
 * Segments are matched against the (decoded) parameter values, never guessed from their position.
 */
export function pathRequest(pathname: string, params: unknown): Record<string, unknown> | null {
  if (!params || typeof params !== "object") return null;
  const values = params as Record<string, unknown>;
  const segments = pathname.replace(/^\/api\/console\//, "").split("/");
  const request: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== "string") continue;
    const at = segments.findIndex((s) => safeDecode(s) === value);
    const before = at > 0 ? segments[at - 1] : undefined;
    const member = key === "arn" && before === "policies" ? "PolicyArn" : before ? (OWNER_NAMES[before] ?? CHILD_IDS[before]) : undefined;
    if (member) request[member] = value;
  }
  return Object.keys(request).length > 0 ? request : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface ConsoleCallInput {
  action: string;
  caller: Caller;
  requestId: string;
  at: Date;
  /** The route's request path, for the default requestParameters. */
  pathname: string;
  params: unknown;
  trail?: ConsoleTrail;
  failure?: Pick<TrailCall, "error" | "decision">;
}

/** The TrailCall of one console request; null when its action is no AWS API. */
export function consoleTrailCall(i: ConsoleCallInput): TrailCall | null {
  const event = consoleEventOf(i.action);
  if (!event) return null;
  const request = i.trail && "request" in i.trail ? i.trail.request : pathRequest(i.pathname, i.params);
  return {
    eventTime: i.at,
    eventSource: event.eventSource,
    eventName: i.trail?.eventName ?? event.eventName,
    // IAM is global and recorded in us-east-1 [DOC]; the console's other calls go to its home region [INF].
    awsRegion: "us-east-1",
    actor: { kind: "caller", caller: i.caller },
    // A role session's key, or the console session's of a signed-in user or root: AWS records console
    // calls with the ASIA… key the console signs them with, and the session's creationDate [DOC].
    ...(i.caller.session
      ? { accessKeyId: i.caller.session.accessKeyId }
      : i.caller.consoleSession
        ? { accessKeyId: i.caller.consoleSession.accessKeyId, sessionCreatedAt: i.caller.consoleSession.issuedAt }
        : {}),
    sourceIPAddress: i.caller.sourceIp ?? UNKNOWN_ADDRESS,
    userAgent: i.caller.userAgent ?? "",
    requestId: i.requestId,
    request,
    response: i.failure ? null : (i.trail?.response ?? null),
    ...i.failure,
    fromConsole: true,
  };
}
