// Query-protocol XML envelopes. Domain results are plain objects; this file alone decides how they
// look on the wire (members as elements, lists as <member>, maps as <entry>, ISO-8601 dates).

import { newRequestId } from "@/lib/ids";
import type { AwsError } from "@/lib/errors";
import { uriEncode } from "./form";
import { QUERY_SERVICES } from "./services";

export type XmlValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | readonly XmlValue[]
  | ReadonlyMap<string, XmlValue>
  | { readonly [member: string]: XmlValue };

// XML 1.0 cannot carry most C0 controls even as character references; echoing user input into a
// message must not produce a document the SDK parser rejects.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Anything escapeXml would change; most values (ids, ARNs, dates) contain none of it.
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(FORBIDDEN_CONTROLS, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `2026-11-22T14:00:00Z`: AWS's timestamp form, parsed by every SDK and the CLI. */
export function isoSeconds(date: Date): string {
  // Answers in the same second share their timestamps (Expiration of sessions issued together).
  const time = date.getTime();
  if (time !== lastIsoTime) {
    lastIso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
    lastIsoTime = time;
  }
  return lastIso;
}

let lastIsoTime = NaN;
let lastIso = "";

function isPlainObject(v: unknown): v is { readonly [member: string]: XmlValue } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Map);
}

/** The children of a structure: one element per member, null/undefined members omitted. */
function membersXml(members: { readonly [member: string]: XmlValue }): string {
  let out = "";
  for (const name of Object.keys(members)) out += elementXml(name, members[name]);
  return out;
}

function wrap(name: string, inner: string): string {
  return inner === "" ? `<${name}/>` : `<${name}>${inner}</${name}>`;
}

/** One element; "" for null/undefined, so absent members simply do not appear. */
export function elementXml(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return `<${name}>${escapeXml(value)}</${name}>`;
  if (typeof value === "number" || typeof value === "boolean") return `<${name}>${String(value)}</${name}>`;
  if (value instanceof Date) return `<${name}>${isoSeconds(value)}</${name}>`;
  if (Array.isArray(value)) {
    // A null inside a list still occupies a position; render it as an empty member.
    return wrap(name, value.map((item) => elementXml("member", item) || "<member/>").join(""));
  }
  if (value instanceof Map) {
    let entries = "";
    for (const [key, v] of value) entries += `<entry>${elementXml("key", key)}${elementXml("value", v)}</entry>`;
    return wrap(name, entries);
  }
  if (isPlainObject(value)) return wrap(name, membersXml(value));
  throw new TypeError(`Cannot serialize member ${name} to XML`);
}

/**
 * `<{Action}Response xmlns><{Action}Result>…</{Action}Result><ResponseMetadata>…` — or, for
 * operations without an output shape (`result` null), the envelope with ResponseMetadata only.
 * An empty object gives the empty `<{Action}Result/>` that IAM's UpdateRole returns.
 */
export function successXml(action: string, namespace: string, result: object | null, requestId: string): string {
  const body = result === null ? "" : wrap(`${action}Result`, membersXml(result as { [member: string]: XmlValue }));
  return (
    `<${action}Response xmlns="${escapeXml(namespace)}">${body}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>`
  );
}

/** The Query error envelope; RequestId is a sibling of Error, not inside ResponseMetadata. */
export function errorXml(err: AwsError, requestId: string, namespace: string = QUERY_SERVICES.sts.namespace): string {
  return (
    `<ErrorResponse xmlns="${escapeXml(namespace)}"><Error>` +
    `<Type>${err.type}</Type><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message>` +
    `</Error><RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`
  );
}

/** An AWS-shaped request id (lower-case UUID v4). */
export function requestId(): string {
  return newRequestId();
}

/**
 * IAM returns policy documents percent-encoded (RFC 3986), so a single decode in the client restores
 * the stored text exactly, including any `%` it already held.
 */
export function encodePolicyDocument(document: string): string {
  return uriEncode(document);
}
