// The Query endpoint: parse → SigV4 → caller → Action dispatch → XML. The core works on plain
// request/response values; createQueryHandler wraps it as a Fetch handler (what a Next.js route
// exports) and node-adapter.ts serves it from node:http without building Fetch objects (they cost
// ~10% of a call). Domain code is injected (credential lookup, caller resolution, the action table),
// so nothing here knows what a role or a session is. Unsigned actions (the STS federation calls,
// whose token is the credential) skip SigV4 and the caller when they arrive without a signature.

import { AwsError, isAwsError } from "@/lib/errors";
import { readFetchBody } from "@/lib/http/bounded-body";
import { CLIENT_IP_HEADER, stampedClientAddress } from "@/lib/net/stamped-address";
import { isStoreUnavailable, outageSummary, serviceUnavailable } from "@/lib/store-unavailable";
import { type QueryParams, parseForm } from "./form";
import { type QueryService, QUERY_SERVICES, isQueryService, namespaceFor, serviceForVersion } from "./services";
import { type CredentialLookup, type SigV4Auth, type StoredCredential, verifySigV4 } from "./sigv4";
import { errorXml, requestId as newRequestId, successXml } from "./xml";
import { queryInput } from "./request-input";
import type { TrailActor } from "@/lib/cloudtrail/types";
import { serverNow } from "@/lib/server-now";

/** What an action tells the activity log that the request alone does not say. */
export interface CallNotes {
  /** Unsigned calls: who the token or assertion named (web-identity or SAML user). */
  actor?: TrailActor;
  /** The account that owns the target, when it may not be the caller's (AssumeRole's role). */
  resourceAccountId?: string;
}

/** The services the wire endpoint answers: the two Query services and CloudTrail (JSON 1.1, lib/aws-json/). */
export type WireService = QueryService | "cloudtrail" | "rolesanywhere";

/** Facts about one call, handed to actions and to the activity hook. */
export interface CallMeta {
  requestId: string;
  service: WireService;
  action: string;
  auth: SigV4Auth;
  sourceIp?: string;
  userAgent?: string;
  receivedAt: Date;
  /** Unsigned calls: the action names the principal it found, for the activity log. */
  attribute?: (who: { accountId: string; principalArn: string }) => void;
  /** Facts for the activity log (merged; the last word wins). */
  note?: (facts: CallNotes) => void;
}

/** One HTTP request as the core needs it. */
export interface QueryRequest {
  method: string;
  /** Path and query string as received, e.g. `/api/aws/?Action=…`. */
  url: string;
  headers: { get(name: string): string | null };
  body: Uint8Array;
  /**
   * The client's address as the server established it (the socket, or X-Forwarded-For through
   * TRUSTED_PROXIES: lib/net/client-address.ts). Never read from the request's own headers here.
   */
  sourceIp?: string;
}

export interface QueryResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type QueryCore = (req: QueryRequest) => Promise<QueryResponse>;

/** A Fetch handler that also exposes its core, for servers that can skip the Fetch objects. */
export type QueryHandler = ((req: Request) => Promise<Response>) & { core: QueryCore };

export type QueryAction<Caller> = (params: QueryParams, caller: Caller, meta: CallMeta) => Promise<object | null>;

export type ActionTable<Caller> = Partial<Record<QueryService, Record<string, QueryAction<Caller>>>>;

/** An action AWS serves without credentials (AssumeRoleWithWebIdentity/SAML): it never sees a caller. */
export type UnsignedAction = (params: QueryParams, meta: CallMeta) => Promise<object | null>;

export interface CallRecord<Caller> {
  action?: string;
  service?: WireService;
  requestId: string;
  caller?: Caller;
  /** Unsigned calls have no caller; the action may say whose log the call belongs in. */
  attributedTo?: { accountId: string; principalArn: string };
  accessKeyId?: string;
  /** Absent on success. */
  errorCode?: string;
  errorMessage?: string;
  status: number;
  sourceIp?: string;
  userAgent?: string;
  receivedAt?: Date;
  /** The signing region (us-east-1 for unsigned calls). */
  region?: string;
  /** The input as sent, nested in the wire's PascalCase (request-input.ts); absent when unparsed. */
  request?: Record<string, unknown>;
  /** The action's result object, before XML (success only). */
  result?: object | null;
  /** What the call threw (errors only), for hooks that explain a denial. */
  exception?: unknown;
  notes?: CallNotes;
}

export interface QueryHandlerOptions<Caller, Found extends StoredCredential = StoredCredential> {
  /** The credential SigV4 checks; it may carry whatever resolveCaller needs (one read per call). */
  lookup: CredentialLookup<Found>;
  /**
   * Turns a verified signature into a principal, given what the lookup found for that same key; may
   * throw AwsError (e.g. InvalidClientTokenId).
   */
  resolveCaller: (auth: SigV4Auth, meta: Omit<CallMeta, "auth">, found: Found) => Promise<Caller>;
  actions: ActionTable<Caller>;
  /** Actions that may arrive unsigned; a signed request for one is verified and dispatched like any other. */
  unsignedActions?: Partial<Record<QueryService, Record<string, UnsignedAction>>>;
  /** Activity-log hook; its failures are logged and never change the response. */
  onCall?: (record: CallRecord<Caller>) => void | Promise<void>;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /**
   * The path the client signed, when a proxy or rewrite changed it (e.g. the client calls `/` and a
   * rewrite serves it from `/api/aws`). Defaults to the request URL's pathname. Note that SDK v3
   * appends a slash to an endpoint path (`/api/aws` → `/api/aws/`) while the CLI does not.
   */
  signedPath?: (req: QueryRequest) => string;
  /** Where unexpected exceptions are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
}

const decoder = new TextDecoder();

const SERVICE_FAILURE = "Request processing has failed due to some unknown error, exception or failure.";

/** The credential scope the client claims, read before verification (for namespaces and logging). */
function claimedScope(params: QueryParams, req: QueryRequest): { accessKeyId?: string; service?: string } {
  const credential =
    req.headers.get("authorization")?.match(/Credential=([^,\s]*)/)?.[1] ?? params.get("X-Amz-Credential");
  if (!credential) return {};
  const parts = credential.split("/");
  return { accessKeyId: parts[0] || undefined, service: parts[3] };
}

/** The service a request is meant for, before authentication: Version first, then the scope. */
function guessService(params: QueryParams, scopeService: string | undefined): QueryService | undefined {
  return serviceForVersion(params.get("Version")) ?? (isQueryService(scopeService) ? scopeService : undefined);
}

/**
 * On every wire answer (server.ts serves it without Next, so next.config.js headers never apply):
 * XML is data, never a document to sniff, run or frame in a browser.
 */
export const WIRE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

function xmlResponse(body: string, status: number, rid: string): QueryResponse {
  return { status, headers: { "Content-Type": "text/xml", "x-amzn-RequestId": rid, ...WIRE_SECURITY_HEADERS }, body };
}

/** An error answered before the request could be parsed (e.g. a body over the size cap). */
export function queryErrorResponse(err: AwsError): QueryResponse {
  const rid = newRequestId();
  return xmlResponse(errorXml(err, rid), err.status, rid);
}

/** No SigV4 at all (neither header nor presigned form): only unsigned actions accept that. */
function isUnsigned(params: QueryParams, req: QueryRequest): boolean {
  return !req.headers.get("authorization") && !params.has("X-Amz-Signature");
}

function unsignedAction(options: { unsignedActions?: QueryHandlerOptions<unknown>["unsignedActions"] }, service: QueryService, action: string) {
  const table = options.unsignedActions?.[service];
  return table && Object.hasOwn(table, action) ? table[action] : undefined;
}

function asSigned<Caller>(action: UnsignedAction | undefined): QueryAction<Caller> | undefined {
  return action && ((params, _caller, meta) => action(params, meta));
}

/** The path and the query string (with its `?`, or empty) of a request target. */
function splitTarget(target: string): { pathname: string; search: string } {
  const q = target.indexOf("?");
  return q === -1 ? { pathname: target, search: "" } : { pathname: target.slice(0, q), search: target.slice(q) };
}

export function createQueryHandler<Caller, Found extends StoredCredential = StoredCredential>(options: QueryHandlerOptions<Caller, Found>): QueryHandler {
  return fetchHandlerFor(createQueryCore(options));
}

/** A core as a Fetch handler (what a Next.js route exports), keeping the core for node:http servers. */
export function fetchHandlerFor(core: QueryCore): QueryHandler {
  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    // A route handler has no socket: only the address server.ts stamped (lib/net/stamped-address.ts).
    const sourceIp = stampedClientAddress(req.headers.get(CLIENT_IP_HEADER));
    const out = await readFetchBody(req).then(
      (body) => core({ method: req.method, url: url.pathname + url.search, headers: req.headers, body, sourceIp }),
      (error: unknown) => {
        if (isAwsError(error)) return queryErrorResponse(error);
        throw error;
      },
    );
    return new Response(out.body, { status: out.status, headers: out.headers });
  };
  return Object.assign(handler, { core });
}

/** Runs the activity hook (awaited: the answer leaves after its rows commit); its failures are only logged. */
export async function recordCall<Caller>(
  onCall: ((record: CallRecord<Caller>) => void | Promise<void>) | undefined,
  record: CallRecord<Caller>,
  logError: (message: string, error: unknown) => void,
): Promise<void> {
  if (!onCall) return;
  try {
    await onCall(record);
  } catch (hookError) {
    logError(`onCall hook failed for ${record.requestId}`, hookError);
  }
}

export function createQueryCore<Caller, Found extends StoredCredential = StoredCredential>(options: QueryHandlerOptions<Caller, Found>): QueryCore {
  const clock = options.now ?? (() => serverNow());
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  return async function handleQuery(req: QueryRequest): Promise<QueryResponse> {
    const rid = newRequestId();
    const receivedAt = clock();
    const url = splitTarget(req.url);
    const sourceIp = req.sourceIp;
    const userAgent = req.headers.get("user-agent") ?? undefined;
    const record: CallRecord<Caller> = { requestId: rid, status: 200, sourceIp, userAgent, receivedAt };
    const note = (facts: CallNotes) => void (record.notes = { ...record.notes, ...facts });
    let namespace: string = QUERY_SERVICES.sts.namespace;
    let response: QueryResponse;
    let params: ReturnType<typeof parseForm> | undefined;

    try {
      const bodyBytes = req.method === "GET" || req.method === "HEAD" ? new Uint8Array() : req.body;
      const bodyText = decoder.decode(bodyBytes);
      // Query-string parameters first, then the form body; a repeated name keeps its first value.
      params = parseForm(url.search, bodyText);
      const claimed = claimedScope(params, req);
      // Recorded before verification so failed attempts show which key was tried, as CloudTrail does.
      record.accessKeyId = claimed.accessKeyId;
      const guessed = guessService(params, claimed.service);
      if (guessed) {
        namespace = namespaceFor(guessed);
        record.service = guessed;
      }
      const action = params.get("Action");
      if (action) record.action = action;
      const unsigned = guessed && action ? unsignedAction(options, guessed, action) : undefined;
      if (unsigned && guessed && action && params.get("Version") === QUERY_SERVICES[guessed].version && isUnsigned(params, req)) {
        // No credentials, so no region either: the call is served as us-east-1's (the global endpoint).
        const auth: SigV4Auth = { accessKeyId: "", region: "us-east-1", service: guessed, signedAt: receivedAt, via: "header" };
        const attribute = (who: { accountId: string; principalArn: string }) => void (record.attributedTo = who);
        const meta: CallMeta = { requestId: rid, service: guessed, action, auth, sourceIp, userAgent, receivedAt, attribute, note };
        record.region = auth.region;
        const result = await unsigned(params, meta);
        record.result = result;
        response = xmlResponse(successXml(action, namespace, result, rid), 200, rid);
      } else {
        // What this request's lookup found; a verified signature means it was found.
        let found: Found | null = null;
        const auth = await verifySigV4(
          { method: req.method, path: options.signedPath?.(req) ?? url.pathname, query: url.search, headers: req.headers, body: bodyBytes },
          async (accessKeyId) => (found = await options.lookup(accessKeyId)),
          receivedAt,
          { service: serviceForVersion(params.get("Version")) },
        );
        record.accessKeyId = auth.accessKeyId;
        record.region = auth.region;
        if (!isQueryService(auth.service)) {
          throw new AwsError("SignatureDoesNotMatch", `Credential should be scoped to correct service: '${guessed ?? "sts"}'. `);
        }
        const service = auth.service;
        namespace = namespaceFor(service);
        record.service = service;

        if (!action) throw new AwsError("MissingAction", "The request must contain the parameter Action.");
        const version = params.get("Version");
        const table = options.actions[service];
        const versionOk = version === QUERY_SERVICES[service].version;
        const fn = table && versionOk && Object.hasOwn(table, action) ? table[action] : versionOk ? asSigned(unsignedAction(options, service, action)) : undefined;
        if (!fn) {
          throw new AwsError("InvalidAction", `Could not find operation ${action} for version ${version ?? "NO_VERSION_SPECIFIED"}`);
        }

        const meta: CallMeta = { requestId: rid, service, action, auth, sourceIp, userAgent, receivedAt, note };
        const caller = await options.resolveCaller(auth, { requestId: rid, service, action, sourceIp, userAgent, receivedAt }, found as unknown as Found);
        record.caller = caller;
        const result = await fn(params, caller, meta);
        record.result = result;
        response = xmlResponse(successXml(action, namespace, result, rid), 200, rid);
      }
    } catch (error) {
      let err: AwsError;
      if (isAwsError(error)) {
        err = error;
      } else if (isStoreUnavailable(error)) {
        // The database is away (restarting, unreachable, locked): a temporary failure the SDKs retry.
        logError(`Query ${record.action ?? "request"} ${rid}: database unavailable:`, outageSummary(error));
        err = serviceUnavailable();
      } else {
        logError(`Query ${record.action ?? "request"} ${rid} failed`, error);
        err = new AwsError("ServiceFailure", SERVICE_FAILURE);
      }
      record.exception = error;
      record.errorCode = err.code;
      record.errorMessage = err.message;
      record.status = err.status;
      response = xmlResponse(errorXml(err, rid, namespace), err.status, rid);
    }

    // After the action: its ParamReader has typed the integers and booleans it read.
    if (params && options.onCall) record.request = queryInput(params);
    await recordCall(options.onCall, record, logError);
    return response;
  };
}
