// IAM Roles Anywhere's REST-JSON protocol at the wire endpoint: the operation is the HTTP method and
// URI (below the endpoint's own path, /api/aws), members come from URI labels, the query string and
// a JSON body; answers are JSON with the model's status (201 for creates), timestamps ISO 8601, and
// errors `{"message": "…"}` with the code in X-Amzn-ErrorType and the model's status
// (ValidationException 400, ResourceNotFoundException 404, AccessDeniedException 403).
// SigV4 (credential scope service `rolesanywhere`) and the caller are the Query endpoint's own.
// POST /sessions (CreateSession) is signed with the workload's X.509 key instead: ./create-session.ts.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/CommonErrors.html
import type { Caller } from "@/lib/authz/caller";
import { jsonProtocolDenial } from "@/lib/authz/access-denied";
import {
  type CallMeta,
  type CallRecord,
  type CredentialLookup,
  type QueryCore,
  type QueryRequest,
  type QueryResponse,
  type SigV4Auth,
  type StoredCredential,
  WIRE_SECURITY_HEADERS,
  recordCall,
  requestId as newRequestId,
  verifySigV4,
} from "@/lib/aws-query";
import { parseJsonInput } from "@/lib/aws-json/handler";
import { AwsError, isAwsError } from "@/lib/errors";
import { isStoreUnavailable, outageSummary, serviceUnavailable } from "@/lib/store-unavailable";
import { matchRoute } from "./routes";
import { serverNow } from "@/lib/server-now";

export const SIGNING_NAME = "rolesanywhere";

/** The endpoint's own path prefix: the CLI's --endpoint-url http://host/api/aws puts it before every URI. */
const ENDPOINT_PREFIX = "/api/aws";

/** The operation's URI below the endpoint path (`/api/aws/trustanchors` → `/trustanchors`). */
export function operationPath(path: string): string {
  if (path === ENDPOINT_PREFIX || path.startsWith(`${ENDPOINT_PREFIX}/`)) return path.slice(ENDPOINT_PREFIX.length) || "/";
  return path || "/";
}

/** Whether a request is for Roles Anywhere: any URI other than the endpoint's root (where Query calls go). */
export function isRolesAnywhereRequest(req: { url: string }): boolean {
  const q = req.url.indexOf("?");
  const sub = operationPath(q === -1 ? req.url : req.url.slice(0, q));
  return sub !== "/" && sub !== "";
}

/** The SigV4 and service errors under the names REST-JSON services answer them with [INF]. */
const REST_CODES: Partial<Record<string, string>> = {
  MissingAuthenticationToken: "MissingAuthenticationTokenException",
  InvalidClientTokenId: "UnrecognizedClientException",
  SignatureDoesNotMatch: "InvalidSignatureException",
  IncompleteSignature: "IncompleteSignatureException",
  ExpiredToken: "ExpiredTokenException",
  ServiceFailure: "InternalServerException",
};

const SERVICE_FAILURE = "Request processing has failed due to some unknown error, exception or failure.";

function jsonResponse(status: number, rid: string, body: string, extra: Record<string, string> = {}): QueryResponse {
  return { status, headers: { "Content-Type": "application/json", "x-amzn-RequestId": rid, ...WIRE_SECURITY_HEADERS, ...extra }, body };
}

export function errorResponse(err: AwsError, rid: string): { response: QueryResponse; code: string; status: number } {
  const denied = jsonProtocolDenial(err);
  const code = REST_CODES[denied.code] ?? denied.code;
  // The model's AccessDeniedException is 403 (CloudTrail's JSON 1.1 one is 400).
  const status = code === "AccessDeniedException" ? 403 : denied.status;
  return { response: jsonResponse(status, rid, JSON.stringify({ message: denied.message }), { "x-amzn-ErrorType": code }), code, status };
}

/** A failure that is not an AwsError: the store's outage (503) or the service's own fault (500). */
export function unexpected(error: unknown, label: string, rid: string, logError: (m: string, e: unknown) => void): AwsError {
  if (isStoreUnavailable(error)) {
    logError(`Roles Anywhere ${label} ${rid}: database unavailable:`, outageSummary(error));
    return serviceUnavailable();
  }
  logError(`Roles Anywhere ${label} ${rid} failed`, error);
  return new AwsError("ServiceFailure", SERVICE_FAILURE);
}

export interface RolesAnywhereOptions<Found extends StoredCredential> {
  lookup: CredentialLookup<Found>;
  resolveCaller: (auth: SigV4Auth, meta: Omit<CallMeta, "auth">, found: Found) => Promise<Caller>;
  onCall?: (record: CallRecord<Caller>) => void | Promise<void>;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
  /** POST /sessions: the X.509-signed CreateSession (./create-session.ts). */
  createSession?: QueryCore;
}

export function createRolesAnywhereCore<Found extends StoredCredential>(options: RolesAnywhereOptions<Found>): QueryCore {
  const clock = options.now ?? (() => serverNow());
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  return async function handleRolesAnywhere(req: QueryRequest): Promise<QueryResponse> {
    const q = req.url.indexOf("?");
    const rawPath = q === -1 ? req.url : req.url.slice(0, q);
    const search = q === -1 ? "" : req.url.slice(q);
    const path = operationPath(rawPath);
    if (path === "/sessions" && options.createSession) return options.createSession(req);

    const rid = newRequestId();
    const receivedAt = clock();
    const userAgent = req.headers.get("user-agent") ?? undefined;
    const record: CallRecord<Caller> = { requestId: rid, status: 200, service: "rolesanywhere", sourceIp: req.sourceIp, userAgent, receivedAt };
    const claimed = req.headers.get("authorization")?.match(/Credential=([^/,\s]+)/)?.[1];
    if (claimed) record.accessKeyId = claimed;
    let response: QueryResponse;
    try {
      const matched = matchRoute(req.method, path);
      const route = matched && "route" in matched ? matched : null;
      if (route) record.action = route.route.operation;
      let found: Found | null = null;
      const auth = await verifySigV4(
        { method: req.method, path: rawPath, query: search, headers: req.headers, body: req.body },
        async (accessKeyId) => (found = await options.lookup(accessKeyId)),
        receivedAt,
        { service: SIGNING_NAME },
      );
      record.accessKeyId = auth.accessKeyId;
      record.region = auth.region;
      if (!route) {
        // [INF] an unknown URI or method: the REST services' UnknownOperationException.
        throw new AwsError("UnknownOperationException", `No operation matches ${req.method} ${path}.`);
      }
      const meta = { requestId: rid, service: "rolesanywhere" as const, action: route.route.operation, sourceIp: req.sourceIp, userAgent, receivedAt };
      const caller = await options.resolveCaller(auth, meta, found as unknown as Found);
      record.caller = caller;
      const body = req.method === "GET" || req.method === "DELETE" ? {} : parseJsonInput(req.body);
      const query = new URLSearchParams(search);
      record.request = { ...route.labels, ...Object.fromEntries(query), ...body };
      const result = await route.route.run(caller, { labels: route.labels, query, body });
      record.result = result;
      record.status = route.route.status;
      response = jsonResponse(route.route.status, rid, JSON.stringify(result));
    } catch (error) {
      const err = isAwsError(error) ? error : unexpected(error, record.action ?? "request", rid, logError);
      const out = errorResponse(err, rid);
      record.exception = error;
      record.errorCode = out.code;
      record.errorMessage = err.message;
      record.status = out.status;
      response = out.response;
    }
    await recordCall(options.onCall, record, logError);
    return response;
  };
}
