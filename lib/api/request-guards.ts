// Checks every console JSON request passes before any handler or database work: the CSRF gate for
// mutations (same-origin JSON only) and the input hygiene that keeps malformed text out of the
// domain (bad percent-escapes in a path, unpaired UTF-16 surrogates anywhere in params, query or
// body). No "server-only" here: server.ts asks hasMalformedPath before Next sees the request.
import { deniedByRule } from "@/lib/authz/access-denied";
import { AwsError } from "@/lib/errors";
import { newRequestId } from "@/lib/ids";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

interface HeaderReader {
  get(name: string): string | null;
}

/** `application/json`, optionally with `charset=utf-8`; nothing a cross-site HTML form can send. */
function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(";").map((p) => p.trim().toLowerCase());
  if (type !== "application/json") return false;
  return params.every((p) => p === "" || /^charset="?utf-8"?$/.test(p));
}

/** The origins this server answers at: the Host it was reached at (either scheme), and NEXTAUTH_URL. */
function isSameOrigin(origin: string, host: string | null): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque "null" origin of sandboxed frames and data: URLs
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  // Browsers send the serialised origin exactly; anything else (a path, a trailing slash) is not one.
  if (url.origin !== origin) return false;
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      if (new URL(configured).origin === url.origin) return true;
    } catch {
      // a malformed NEXTAUTH_URL names no origin
    }
  }
  if (!host) return false;
  try {
    // Normalises default ports, so `Host: example.com:443` matches `Origin: https://example.com`.
    return new URL(`${url.protocol}//${host}`).host === url.host;
  } catch {
    return false;
  }
}

/**
 * The CSRF gate for console mutations (any method but GET/HEAD/OPTIONS). A cross-site form can
 * send only text/plain, urlencoded or multipart bodies, and every browser sends `Origin` on a
 * non-GET fetch (older ones at least `Sec-Fetch-Site`), so requiring JSON *and* our own origin
 * refuses forged requests from other sites and from other origins of the same site.
 * The Host header is compared, never X-Forwarded-Host: the client controls that one.
 * Answered as AccessDenied (403) by a fixed rule, AWS's answer to a request refused on a property
 * of the request itself (as for an aws:Referer or aws:SourceVpc condition); the console shows its message.
 */
export function csrfRefusal(method: string, headers: HeaderReader): AwsError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  if (!isJsonContentType(headers.get("content-type"))) {
    return deniedByRule("Request refused: console changes must be sent as Content-Type: application/json.");
  }
  const origin = headers.get("origin");
  const sameOrigin = origin !== null ? isSameOrigin(origin, headers.get("host")) : headers.get("sec-fetch-site") === "same-origin";
  if (!sameOrigin) {
    return deniedByRule("Request refused: console changes must come from the console's own origin.");
  }
  return null;
}

const LONE_SURROGATE = /\p{Cs}/u;

/** Whether `s` is well-formed UTF-16 (no unpaired surrogate), i.e. storable and encodable as UTF-8. */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** Fields holding a policy document: AWS answers MalformedPolicyDocument for those. */
const POLICY_DOCUMENT_FIELD = /(^|\.)(\w*PolicyDocument|policyDocument|document)$/;

function malformedText(field: string): AwsError {
  const last = field.split(".").pop() ?? field;
  if (POLICY_DOCUMENT_FIELD.test(last)) return new AwsError("MalformedPolicyDocument", "Syntax errors in policy.", { field });
  return new AwsError(
    "ValidationError",
    `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must be valid Unicode text (unpaired surrogate)`,
    { field },
  );
}

/**
 * Throws ValidationError (MalformedPolicyDocument for a policy document) when any string in
 * `value` — object keys included — holds an unpaired surrogate. JSON.parse accepts "\ud800", but
 * SQLite and UTF-8 cannot carry it (Prisma fails with an unknown request error). Iterative, so a
 * deeply nested body cannot exhaust the stack.
 */
export function assertWellFormed(value: unknown, root: string): void {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") {
      if (!isWellFormedText(v)) throw malformedText(path);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}.${i + 1}`]));
    } else if (v !== null && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        const at = `${path}.${isWellFormedText(key) ? key : "?"}`;
        if (!isWellFormedText(key)) throw malformedText(at);
        stack.push([item, at]);
      }
    }
  }
}

/** Whether a request target's path has a segment that is not valid percent-encoded UTF-8 (`%ZZ`, `%ED%A0%80`). */
export function hasMalformedPath(url: string | undefined): boolean {
  if (!url) return false;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.includes("%")) return false;
  for (const segment of path.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The answer for a request whose path Next cannot decode: Next decodes dynamic route segments
 * itself and answers such paths with a bare 500 before any route code runs, so server.ts asks here
 * first. Console API paths get the console's JSON ValidationError; pages get a plain 400.
 */
export function malformedPathResponse(url: string): { status: number; contentType: string; body: string } {
  if (url.startsWith("/api/")) {
    const error = { code: "ValidationError", message: "1 validation error detected: The request path is not valid percent-encoded UTF-8.", requestId: newRequestId() };
    return { status: 400, contentType: "application/json", body: JSON.stringify({ error }) };
  }
  return { status: 400, contentType: "text/plain; charset=utf-8", body: "Bad request: the path is not valid percent-encoded UTF-8.\n" };
}
