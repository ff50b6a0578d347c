// The AWS JSON 1.1 protocol at the wire endpoint (CloudTrail's, spec observability §1.6): a POST whose
// X-Amz-Target names the operation and whose body is a JSON object. SigV4 and the caller are the
// Query endpoint's own (lib/aws-query/sigv4.ts, the same credential lookup and resolveCaller); the
// answer is JSON, errors are HTTP 400 `{"__type":"<Code>","message":"…"}` [INF], timestamps epoch
// seconds. Like the Query core, nothing here knows what a role or an event is: operations are injected.
import { jsonProtocolDenial } from "@/lib/authz/access-denied";
import { AwsError, isAwsError } from "@/lib/errors";
import {
  type CallMeta,
  type CallRecord,
  type QueryCore,
  type QueryRequest,
  type QueryResponse,
  type SigV4Auth,
  type StoredCredential,
  type CredentialLookup,
  type WireService,
  WIRE_SECURITY_HEADERS,
  recordCall,
  requestId as newRequestId,
  verifySigV4,
} from "@/lib/aws-query";
import { isStoreUnavailable, outageSummary, serviceUnavailable } from "@/lib/store-unavailable";
import { serverNow } from "@/lib/server-now";

export const JSON_CONTENT_TYPE = "application/x-amz-json-1.1";

/** A JSON operation: the parsed input object in, the output object out (Dates become epoch seconds). */
export type JsonOperation<Caller> = (input: Record<string, unknown>, caller: Caller, meta: CallMeta) => Promise<object>;

export interface JsonService<Caller> {
  /** The SigV4 service name the credential scope must carry (`cloudtrail`). */
  signingName: string;
  service: WireService;
  operations: Record<string, JsonOperation<Caller>>;
}

export interface JsonHandlerOptions<Caller, Found extends StoredCredential = StoredCredential> {
  lookup: CredentialLookup<Found>;
  resolveCaller: (auth: SigV4Auth, meta: Omit<CallMeta, "auth">, found: Found) => Promise<Caller>;
  /** Keyed by X-Amz-Target prefix, e.g. `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101`. */
  services: Record<string, JsonService<Caller>>;
  onCall?: (record: CallRecord<Caller>) => void | Promise<void>;
  now?: () => Date;
  logError?: (message: string, error: unknown) => void;
}

/** Whether a request speaks the JSON protocol (the Query protocol never sends X-Amz-Target). */
export function isJsonProtocol(req: { headers: { get(name: string): string | null } }): boolean {
  return req.headers.get("x-amz-target") !== null;
}

/**
 * The Query endpoint's SigV4 and service errors under the names JSON-protocol services use [INF from
 * the common errors of AWS JSON services]; CloudTrail's own errors keep theirs.
 */
const JSON_CODES: Partial<Record<string, string>> = {
  MissingAuthenticationToken: "MissingAuthenticationTokenException",
  InvalidClientTokenId: "UnrecognizedClientException",
  SignatureDoesNotMatch: "InvalidSignatureException",
  IncompleteSignature: "IncompleteSignatureException",
  ExpiredToken: "ExpiredTokenException",
  ServiceFailure: "InternalFailure",
};

const SERVICE_FAILURE = "Request processing has failed due to some unknown error, exception or failure.";

const decoder = new TextDecoder();

function jsonResponse(status: number, rid: string, body: string): QueryResponse {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": rid, ...WIRE_SECURITY_HEADERS }, body };
}

/** Dates as epoch seconds, the protocol's timestamp format. */
function serialize(value: object): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? Math.floor(raw.getTime() / 1000) : v;
  });
}

function serializationError(message: string): AwsError {
  return new AwsError("SerializationException", message);
}

/** The body as the operation's input object: an empty body is `{}`; anything but an object is refused. */
export function parseJsonInput(body: Uint8Array): Record<string, unknown> {
  const text = decoder.decode(body);
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw serializationError("The request body is not valid JSON.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw serializationError("Start of structure or map found where not expected.");
  }
  return parsed as Record<string, unknown>;
}

function claimedAccessKey(req: QueryRequest): string | undefined {
  return req.headers.get("authorization")?.match(/Credential=([^/,\s]+)/)?.[1];
}

export function createJsonCore<Caller, Found extends StoredCredential = StoredCredential>(options: JsonHandlerOptions<Caller, Found>): QueryCore {
  const clock = options.now ?? (() => serverNow());
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  return async function handleJson(req: QueryRequest): Promise<QueryResponse> {
    const rid = newRequestId();
    const receivedAt = clock();
    const q = req.url.indexOf("?");
    const path = q === -1 ? req.url : req.url.slice(0, q);
    const search = q === -1 ? "" : req.url.slice(q);
    const sourceIp = req.sourceIp;
    const userAgent = req.headers.get("user-agent") ?? undefined;
    const record: CallRecord<Caller> = { requestId: rid, status: 200, sourceIp, userAgent, accessKeyId: claimedAccessKey(req), receivedAt };
    let response: QueryResponse;

    try {
      const target = req.headers.get("x-amz-target") ?? "";
      const dot = target.lastIndexOf(".");
      const prefix = dot === -1 ? "" : target.slice(0, dot);
      const operation = target.slice(dot + 1);
      const svc = Object.hasOwn(options.services, prefix) ? options.services[prefix] : undefined;
      const op = svc && Object.hasOwn(svc.operations, operation) ? svc.operations[operation] : undefined;
      if (svc) record.service = svc.service;
      if (op) record.action = operation;

      let found: Found | null = null;
      const auth = await verifySigV4(
        { method: req.method, path, query: search, headers: req.headers, body: req.body },
        async (accessKeyId) => (found = await options.lookup(accessKeyId)),
        receivedAt,
        { service: svc?.signingName },
      );
      record.accessKeyId = auth.accessKeyId;
      record.region = auth.region;
      if (!svc || !op || req.method !== "POST") {
        throw new AwsError("UnknownOperationException", `The operation ${target || "(none)"} is not supported by this endpoint.`);
      }
      const note: CallMeta["note"] = (facts) => void (record.notes = { ...record.notes, ...facts });
      const meta: CallMeta = { requestId: rid, service: svc.service, action: operation, auth, sourceIp, userAgent, receivedAt, note };
      const caller = await options.resolveCaller(auth, { requestId: rid, service: svc.service, action: operation, sourceIp, userAgent, receivedAt }, found as unknown as Found);
      record.caller = caller;
      const input = parseJsonInput(req.body);
      // The activity log's CloudTrail record: the input as sent (already PascalCase JSON), the result.
      record.request = input;
      const result = await op(input, caller, meta);
      record.result = result;
      response = jsonResponse(200, rid, serialize(result));
    } catch (error) {
      let err: AwsError;
      if (isAwsError(error)) {
        err = jsonProtocolDenial(error);
      } else if (isStoreUnavailable(error)) {
        logError(`JSON ${record.action ?? "request"} ${rid}: database unavailable:`, outageSummary(error));
        err = serviceUnavailable();
      } else {
        logError(`JSON ${record.action ?? "request"} ${rid} failed`, error);
        err = new AwsError("ServiceFailure", SERVICE_FAILURE);
      }
      record.exception = error;
      const code = JSON_CODES[err.code] ?? err.code;
      // Bad input of any kind is the client's: 400. Only the service's own failures are 5xx.
      const status = err.type === "Receiver" ? err.status : 400;
      record.errorCode = code;
      record.errorMessage = err.message;
      record.status = status;
      response = jsonResponse(status, rid, JSON.stringify({ __type: code, message: err.message }));
    }

    await recordCall(options.onCall, record, logError);
    return response;
  };
}
