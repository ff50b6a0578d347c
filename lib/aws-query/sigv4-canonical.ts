// The pieces of a SigV4 signature, rebuilt on the server side exactly as the clients build them
// (AWS "Create a canonical request"; @smithy/signature-v4 and botocore agree on every step here).

import * as crypto from "node:crypto";
import { createHash, createHmac } from "node:crypto";
import { boundedMemo } from "@/lib/bounded-memo";
import { formDecode, uriEncode } from "./form";

export const ALGORITHM = "AWS4-HMAC-SHA256";

/** Fetch `Headers`, or a plain record as node:http gives (`string[]` for repeated headers). */
export type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export function headerValue(headers: HeaderBag, name: string): string | undefined {
  if (typeof headers.get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.join(",") : value;
  }
  return undefined;
}

// crypto.hash (Node >= 20.12) hashes in one call, a third of the cost of createHash().update().digest().
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "hex") => string }).hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

// Derived keys change once a day per credential and scope; the SDKs cache them the same way. Four
// HMACs per request are a tenth of a cheap call's CPU.
const derivedKeys = new Map<string, Buffer>();
const MAX_DERIVED_KEYS = 10_000;

export function signingKey(secret: string, date8: string, region: string, service: string): Buffer {
  const id = `${secret}\n${date8}\n${region}\n${service}`;
  let key = derivedKeys.get(id);
  if (!key) {
    key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date8), region), service), "aws4_request");
    if (derivedKeys.size >= MAX_DERIVED_KEYS) derivedKeys.clear();
    derivedKeys.set(id, key);
  }
  return key;
}

export function hmacHex(key: Buffer, data: string): string {
  return createHmac("sha256", key).update(data, "utf8").digest("hex");
}

/**
 * CanonicalURI for every service but S3: the path as sent on the wire, with `.`/`..`/empty segments
 * normalised, then URI-encoded once more ("double encoding"), slashes kept. Remembered: a server
 * sees a handful of distinct paths (`/api/aws`, `/api/aws/`, `/`).
 */
export const canonicalPath: (rawPath: string) => string = boundedMemo(computeCanonicalPath, 100);

function computeCanonicalPath(rawPath: string): string {
  const path = rawPath === "" ? "/" : rawPath;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const normalized =
    `${path.startsWith("/") ? "/" : ""}${segments.join("/")}` + (segments.length > 0 && path.endsWith("/") ? "/" : "");
  return uriEncode(normalized).replace(/%2F/g, "/") || "/";
}

/**
 * CanonicalQueryString from the raw query text: every name and value decoded then RFC 3986
 * re-encoded, sorted by name then value; `X-Amz-Signature` left out (query-signed requests).
 */
export function canonicalQuery(rawQuery: string): string {
  const text = rawQuery.startsWith("?") ? rawQuery.slice(1) : rawQuery;
  const pairs: Array<[string, string]> = [];
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = uriEncode(formDecode(eq === -1 ? part : part.slice(0, eq)));
    const value = eq === -1 ? "" : uriEncode(formDecode(part.slice(eq + 1)));
    if (name.toLowerCase() === "x-amz-signature") continue;
    pairs.push([name, value]);
  }
  pairs.sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([n, v]) => `${n}=${v}`).join("&");
}

/** `name:value\n` for each signed header (in the client's order, already sorted), values trimmed. */
export function canonicalHeaders(headers: HeaderBag, signed: readonly string[]): string {
  return signed.map((name) => `${name}:${(headerValue(headers, name) ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
}

export function canonicalRequest(parts: {
  method: string;
  path: string;
  query: string;
  headers: HeaderBag;
  signedHeaders: readonly string[];
  payloadHash: string;
}): string {
  return [
    parts.method.toUpperCase(),
    canonicalPath(parts.path),
    canonicalQuery(parts.query),
    canonicalHeaders(parts.headers, parts.signedHeaders),
    parts.signedHeaders.join(";"),
    parts.payloadHash,
  ].join("\n");
}

export function stringToSign(longDate: string, scope: string, canonical: string): string {
  return [ALGORITHM, longDate, scope, sha256Hex(canonical)].join("\n");
}

/** `20261122T140000Z` ↔ Date. */
export function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
// Clients sign many requests within the same second: remember the last text parsed.
let lastAmzText = "";
let lastAmzTime = NaN;

export function parseAmzDate(text: string): Date | undefined {
  if (text === lastAmzText) return new Date(lastAmzTime);
  const m = AMZ_DATE.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  // Out-of-range fields (month 13, 25:00) roll over in Date.UTC: refuse them by the round trip.
  if (formatAmzDate(date) !== text) return undefined;
  lastAmzText = text;
  lastAmzTime = date.getTime();
  return date;
}
