// The IAM Roles Anywhere signing process: SigV4's canonical request, signed with the workload
// certificate's private key instead of an HMAC. Algorithm AWS4-X509-RSA-SHA256 or AWS4-X509-ECDSA-SHA256;
// Credential=<certificate serial, decimal>/<yyyymmdd>/<region>/rolesanywhere/aws4_request; the
// signature is RSASSA-PKCS1-v1_5 or ECDSA (DER) over SHA-256 of the string to sign, hex-encoded;
// X-Amz-X509 carries the certificate (base64 DER), X-Amz-X509-Chain the intermediates (comma-separated).
// Both sides live here so the sandbox's client (scripts/sandbox-rolesanywhere.ts) signs exactly as
// AWS's aws_signing_helper does and the server verifies exactly that.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-sign-process.html
import { X509Certificate, createPrivateKey, sign, verify, type KeyObject } from "node:crypto";
import { canonicalRequest, formatAmzDate, headerValue, parseAmzDate, sha256Hex, type HeaderBag } from "@/lib/aws-query/sigv4-canonical";

export const RSA_ALGORITHM = "AWS4-X509-RSA-SHA256";
export const ECDSA_ALGORITHM = "AWS4-X509-ECDSA-SHA256";
export const SIGNING_NAME = "rolesanywhere";

export interface X509Authorization {
  algorithm: typeof RSA_ALGORITHM | typeof ECDSA_ALGORITHM;
  /** The certificate serial the Credential names (decimal, as the helper writes it). */
  serial: string;
  date8: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH = /^(AWS4-X509-(?:RSA|ECDSA)-SHA256)\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$/;

/** The Authorization header's parts, or null when it is not an X.509 signature. */
export function parseX509Authorization(header: string | undefined): X509Authorization | null {
  const m = header ? AUTH.exec(header) : null;
  if (!m) return null;
  const scope = m[2].split("/");
  if (scope.length !== 5) return null;
  const [serial, date8, region, service, terminator] = scope;
  return { algorithm: m[1] as X509Authorization["algorithm"], serial, date8, region, service, terminator, signedHeaders: m[3].split(";"), signature: m[4].toLowerCase() };
}

export function stringToSignX509(algorithm: string, longDate: string, scope: string, canonical: string): string {
  return [algorithm, longDate, scope, sha256Hex(canonical)].join("\n");
}

/** The algorithm a key signs with: ECDSA for EC keys, RSA otherwise. */
export function algorithmFor(key: KeyObject): X509Authorization["algorithm"] {
  return key.asymmetricKeyType === "ec" ? ECDSA_ALGORITHM : RSA_ALGORITHM;
}

/** A certificate serial (hex, as node prints it) in decimal, as the Credential carries it. */
export function serialDecimal(hexSerial: string): string {
  return BigInt(`0x${hexSerial}`).toString(10);
}

export interface VerifyInput {
  method: string;
  /** The paths the client may have signed: the helper signs `/sessions` whatever the endpoint's path. */
  paths: string[];
  query: string;
  headers: HeaderBag;
  body: Uint8Array;
  auth: X509Authorization;
  certificate: X509Certificate;
}

/** Whether the signature verifies with the certificate's public key for one of the candidate paths. */
export function verifyX509Signature(input: VerifyInput): boolean {
  const longDate = headerValue(input.headers, "x-amz-date") ?? "";
  const scope = `${input.auth.date8}/${input.auth.region}/${input.auth.service}/${input.auth.terminator}`;
  const key = input.certificate.publicKey;
  if (algorithmFor(key) !== input.auth.algorithm) return false;
  const signature = Buffer.from(input.auth.signature, "hex");
  const payloadHash = sha256Hex(input.body);
  return input.paths.some((path) => {
    const canonical = canonicalRequest({ method: input.method, path, query: input.query, headers: input.headers, signedHeaders: input.auth.signedHeaders, payloadHash });
    try {
      return verify("sha256", Buffer.from(stringToSignX509(input.auth.algorithm, longDate, scope, canonical)), key, signature);
    } catch {
      return false;
    }
  });
}

export { parseAmzDate };

// ---------------------------------------------------------------- the client side (aws_signing_helper)

export interface SignInput {
  /** The full URL the request goes to. */
  url: string;
  body: string;
  certificatePem: string;
  privateKeyPem: string;
  /** Intermediate CA certificates (PEM), sent in X-Amz-X509-Chain. */
  chainPems?: string[];
  region?: string;
  now?: Date;
}

const derBase64 = (pem: string) => new X509Certificate(pem).raw.toString("base64");

/**
 * The headers of a CreateSession request signed as aws_signing_helper signs it: Content-Type, Host,
 * X-Amz-Date, X-Amz-X509 (and X-Amz-X509-Chain) signed; the canonical URI is `/sessions`.
 */
export function signCreateSession(input: SignInput): Record<string, string> {
  const url = new URL(input.url);
  const cert = new X509Certificate(input.certificatePem);
  const key = createPrivateKey(input.privateKeyPem);
  const algorithm = algorithmFor(key);
  const longDate = formatAmzDate(input.now ?? new Date()); // wall clock: a signer dates requests by the machine's clock
  const region = input.region ?? "us-east-1";
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: url.host,
    "x-amz-date": longDate,
    "x-amz-x509": cert.raw.toString("base64"),
  };
  if (input.chainPems?.length) headers["x-amz-x509-chain"] = input.chainPems.map(derBase64).join(",");
  const signedHeaders = Object.keys(headers).sort();
  const scope = `${longDate.slice(0, 8)}/${region}/${SIGNING_NAME}/aws4_request`;
  const canonical = canonicalRequest({ method: "POST", path: "/sessions", query: url.search.replace(/^\?/, ""), headers, signedHeaders, payloadHash: sha256Hex(input.body) });
  const signature = sign("sha256", Buffer.from(stringToSignX509(algorithm, longDate, scope, canonical)), key).toString("hex");
  return {
    ...headers,
    authorization: `${algorithm} Credential=${serialDecimal(cert.serialNumber)}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`,
  };
}
