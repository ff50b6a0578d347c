// SigV4 verification for the Query endpoint: header (`Authorization: AWS4-HMAC-SHA256 …`) and
// presigned query-string forms, failing with the codes and texts AWS uses, checked in AWS's order:
// shape of the signature → date and scope → clock skew → access key → session token → signature.

import { timingSafeEqual } from "node:crypto";
import { AwsError } from "@/lib/errors";
import { parseForm } from "./form";
import {
  ALGORITHM,
  type HeaderBag,
  canonicalRequest,
  formatAmzDate,
  headerValue,
  hmacHex,
  parseAmzDate,
  sha256Hex,
  signingKey,
  stringToSign,
} from "./sigv4-canonical";
import { realTimeMs, serverNow } from "@/lib/server-now";

export type { HeaderBag } from "./sigv4-canonical";

export interface SigV4Request {
  method: string;
  /** The path as received on the wire (still percent-encoded), e.g. `/` or `/api/aws`. */
  path: string;
  /** The raw query string, with or without the leading `?`. */
  query: string;
  headers: HeaderBag;
  /** The exact body bytes (or their UTF-8 text); hashed when no x-amz-content-sha256 is sent. */
  body: string | Uint8Array;
}

export interface StoredCredential {
  secretAccessKey: string;
  /** Present for temporary (ASIA…) keys: the request must carry exactly this token. */
  sessionToken?: string;
  expiresAt?: Date;
}

export type CredentialLookup<Found extends StoredCredential = StoredCredential> = (accessKeyId: string) => Promise<Found | null>;

export interface SigV4Auth {
  accessKeyId: string;
  region: string;
  service: string;
  sessionToken?: string;
  /** The request's signing time (X-Amz-Date). */
  signedAt: Date;
  via: "header" | "query";
}

export interface VerifyOptions {
  /** When set, a credential scope naming another service fails as AWS fails it. */
  service?: string;
}

/** AWS tolerates 15 minutes of clock skew either way for STS and IAM (observed in error texts). */
export const MAX_SKEW_MS = 15 * 60 * 1000;

export const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/** STS omits the final period; IAM and the other services include it [OBS]. */
export function invalidTokenMessage(service: string): string {
  const text = "The security token included in the request is invalid";
  return service === "sts" ? text : `${text}.`;
}

const incomplete = (message: string) => new AwsError("IncompleteSignature", message);
const mismatch = (message: string = SIGNATURE_MISMATCH) => new AwsError("SignatureDoesNotMatch", message);

interface ParsedSignature {
  credential: string;
  signedHeaders: string[];
  signature: string;
  longDate: string;
  date: Date;
  sessionToken?: string;
  via: "header" | "query";
}

function parseHeaderAuth(authorization: string, headers: HeaderBag): ParsedSignature {
  const space = authorization.indexOf(" ");
  const algorithm = space === -1 ? authorization : authorization.slice(0, space);
  const fields = new Map<string, string>();
  if (algorithm === ALGORITHM) {
    // AWS splits on commas and whitespace alike: a space pasted into a key yields a stray piece.
    for (const piece of authorization.slice(space + 1).split(/[,\s]+/)) {
      if (piece === "") continue;
      const eq = piece.indexOf("=");
      if (eq === -1) {
        throw incomplete(`'${piece}' not a valid key=value pair (missing equal-sign) in Authorization header: '${authorization}'.`);
      }
      fields.set(piece.slice(0, eq), piece.slice(eq + 1));
    }
  } else if (algorithm.startsWith("AWS4-")) {
    throw incomplete(`Unsupported AWS 'algorithm': '${algorithm}'`);
  }
  const amzDate = headerValue(headers, "x-amz-date");
  const httpDate = headerValue(headers, "date");
  const problems: string[] = [];
  for (const name of ["Credential", "Signature", "SignedHeaders"]) {
    if (!fields.get(name)) problems.push(`Authorization header requires '${name}' parameter.`);
  }
  if (!amzDate && !httpDate) {
    problems.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  if (problems.length > 0) throw incomplete(`${problems.join(" ")} Authorization=${authorization}`);

  let longDate: string;
  let date: Date | undefined;
  if (amzDate) {
    longDate = amzDate;
    date = parseAmzDate(amzDate);
  } else {
    date = new Date(httpDate as string);
    longDate = Number.isNaN(date.getTime()) ? (httpDate as string) : formatAmzDate(date);
    if (Number.isNaN(date.getTime())) date = undefined;
  }
  if (!date) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${longDate}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  return {
    credential: fields.get("Credential") as string,
    signedHeaders: (fields.get("SignedHeaders") as string).split(";"),
    signature: fields.get("Signature") as string,
    longDate,
    date,
    sessionToken: headerValue(headers, "x-amz-security-token"),
    via: "header",
  };
}

function parseQueryAuth(query: Map<string, string>): ParsedSignature {
  const algorithm = query.get("X-Amz-Algorithm") as string;
  if (algorithm !== ALGORITHM) throw incomplete(`Unsupported AWS 'algorithm': '${algorithm}'`);
  for (const name of ["X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Signature"]) {
    if (!query.get(name)) {
      throw incomplete(`AWS query-string parameters must include '${name}'. Re-examine the query-string parameters.`);
    }
  }
  const longDate = query.get("X-Amz-Date") as string;
  const date = parseAmzDate(longDate);
  if (!date) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${longDate}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  return {
    credential: query.get("X-Amz-Credential") as string,
    signedHeaders: (query.get("X-Amz-SignedHeaders") as string).split(";"),
    signature: query.get("X-Amz-Signature") as string,
    longDate,
    date,
    sessionToken: query.get("X-Amz-Security-Token"),
    via: "query",
  };
}

function checkSkew(date: Date, longDate: string, now: Date): void {
  if (date.getTime() < now.getTime() - MAX_SKEW_MS) {
    const stamp = formatAmzDate(now);
    const bound = formatAmzDate(new Date(now.getTime() - MAX_SKEW_MS));
    throw mismatch(`Signature expired: ${longDate} is now earlier than ${bound} (${stamp} - 15 min.)`);
  }
  if (date.getTime() > now.getTime() + MAX_SKEW_MS) {
    const stamp = formatAmzDate(now);
    const bound = formatAmzDate(new Date(now.getTime() + MAX_SKEW_MS));
    throw mismatch(`Signature not yet current: ${longDate} is still later than ${bound} (${stamp} + 15 min.)`);
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  // Compare against itself on a length mismatch so timing does not reveal where texts differ.
  return x.length === y.length ? timingSafeEqual(x, y) : (timingSafeEqual(x, x), false);
}

/**
 * Verifies a SigV4-signed request and returns who signed it. Throws AwsError (never anything
 * else for bad input): MissingAuthenticationToken, IncompleteSignature, SignatureDoesNotMatch,
 * InvalidClientTokenId, ExpiredToken. Any region is accepted (custom endpoints sign with the
 * client's configured region, even for IAM).
 */
export async function verifySigV4(
  req: SigV4Request,
  lookup: CredentialLookup,
  now: Date = serverNow(),
  options: VerifyOptions = {},
): Promise<SigV4Auth> {
  const authorization = headerValue(req.headers, "authorization");
  const query = parseForm(req.query);
  const queryAuth = query.has("X-Amz-Algorithm") || query.has("X-Amz-Signature");
  if (!authorization && !queryAuth) {
    throw new AwsError("MissingAuthenticationToken", "Request is missing Authentication Token");
  }
  if (authorization && queryAuth) {
    throw incomplete(
      "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified",
    );
  }
  const sig = authorization ? parseHeaderAuth(authorization, req.headers) : parseQueryAuth(query);

  const scopeParts = sig.credential.split("/");
  if (scopeParts.length !== 5) {
    throw incomplete(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${sig.credential}'`,
    );
  }
  const [accessKeyId, scopeDate, region, service, terminator] = scopeParts;
  const date8 = sig.longDate.slice(0, 8);
  if (scopeDate !== date8) {
    throw mismatch(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${date8}', from '${sig.longDate}'.`,
    );
  }
  if (region === "") throw mismatch(`Credential should be scoped to a valid Region, not '${region}'. `);
  if (options.service !== undefined && service !== options.service) {
    throw mismatch(`Credential should be scoped to correct service: '${options.service}'. `);
  }
  if (terminator !== "aws4_request") {
    throw mismatch(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `);
  }
  if (!sig.signedHeaders.includes("host")) {
    throw incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  // Presigned STS URLs are also held to the 15-minute window; STS ignores X-Amz-Expires.
  // Signers (the CLI, SDKs) date requests by the machine's clock, not the sandbox's.
  checkSkew(sig.date, sig.longDate, new Date(realTimeMs(now)));

  const stored = await lookup(accessKeyId);
  if (!stored) throw new AwsError("InvalidClientTokenId", invalidTokenMessage(service));
  if (stored.sessionToken !== undefined || sig.sessionToken !== undefined) {
    if (stored.sessionToken === undefined || sig.sessionToken === undefined || !sameText(stored.sessionToken, sig.sessionToken)) {
      throw new AwsError("InvalidClientTokenId", invalidTokenMessage(service));
    }
  }
  if (stored.expiresAt && stored.expiresAt.getTime() <= now.getTime()) {
    throw new AwsError("ExpiredToken", "The security token included in the request is expired");
  }

  const bodyHash = sha256Hex(req.body);
  const declaredHash = sig.via === "query" ? query.get("X-Amz-Content-Sha256") : headerValue(req.headers, "x-amz-content-sha256");
  // A declared payload hash is signed, but the body it claims to describe must be checked too.
  if (declaredHash !== undefined && declaredHash !== bodyHash) throw mismatch();
  const canonical = canonicalRequest({
    method: req.method,
    path: req.path,
    query: req.query,
    headers: req.headers,
    signedHeaders: sig.signedHeaders,
    payloadHash: declaredHash ?? bodyHash,
  });
  const scope = `${scopeDate}/${region}/${service}/${terminator}`;
  const expected = hmacHex(signingKey(stored.secretAccessKey, scopeDate, region, service), stringToSign(sig.longDate, scope, canonical));
  if (!sameText(expected, sig.signature)) throw mismatch();

  return { accessKeyId, region, service, sessionToken: sig.sessionToken, signedAt: sig.date, via: sig.via };
}
