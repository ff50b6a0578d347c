// A lab's own IAM/STS calls (setup, actors, the self-test's shortcuts) through the REAL wire path:
// a SigV4-signed Query request built here from the server's own signing primitives and handed to
// the wire core server.ts serves, so authorization, validation, sessions, activity and CloudTrail
// records are exactly those of a call from the CLI. No HTTP hop and no devDependency (@smithy/*).
import { uriEncode } from "@/lib/aws-query/form";
import type { QueryRequest } from "@/lib/aws-query/handler";
import { canonicalRequest, formatAmzDate, hmacHex, sha256Hex, signingKey, stringToSign } from "@/lib/aws-query/sigv4-canonical";
import { createAwsEndpoint } from "@/lib/wire/endpoint";

export interface WireCreds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface WireAnswer {
  status: number;
  ok: boolean;
  /** The error's Code and Message (absent on success). */
  error?: { code: string; message: string };
  body: string;
}

const VERSIONS = { iam: "2010-05-08", sts: "2011-06-15" } as const;
const REGION = "us-east-1";
const HOST = "localhost";
/** The address lab calls come from in the activity log (TEST-NET-2, never a real client). */
export const LAB_SOURCE_IP = "198.51.100.10";

let core: ReturnType<typeof createAwsEndpoint>["core"] | undefined;

function wireCore() {
  core ??= createAwsEndpoint().core;
  return core;
}

export function formBody(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .join("&");
}

/** A SigV4-signed Query POST as the CLI would send it (header signature, payload hashed). */
export function signedQueryRequest(
  creds: WireCreds | null,
  service: "iam" | "sts",
  params: Record<string, string>,
  userAgent: string,
  now = new Date(), // wall clock: a signature is dated like the CLI's, by the machine's clock
): QueryRequest {
  const body = formBody({ Action: params.Action, Version: VERSIONS[service], ...params });
  const headers = new Headers({ host: HOST, "content-type": "application/x-www-form-urlencoded; charset=utf-8", "user-agent": userAgent });
  if (creds) {
    const amzDate = formatAmzDate(now);
    const date8 = amzDate.slice(0, 8);
    headers.set("x-amz-date", amzDate);
    if (creds.sessionToken) headers.set("x-amz-security-token", creds.sessionToken);
    const signedHeaders = ["content-type", "host", "x-amz-date", ...(creds.sessionToken ? ["x-amz-security-token"] : [])];
    const canonical = canonicalRequest({ method: "POST", path: "/", query: "", headers, signedHeaders, payloadHash: sha256Hex(body) });
    const scope = `${date8}/${REGION}/${service}/aws4_request`;
    const signature = hmacHex(signingKey(creds.secretAccessKey, date8, REGION, service), stringToSign(amzDate, scope, canonical));
    headers.set("authorization", `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`);
  }
  return { method: "POST", url: "/", headers, body: new TextEncoder().encode(body), sourceIp: LAB_SOURCE_IP };
}

function xmlText(body: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body);
  return m ? decodeXml(m[1]) : undefined;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, "&");
}

/** One call through the wire core; `creds: null` sends it unsigned (AssumeRoleWithWebIdentity/SAML). */
export async function wireCall(
  creds: WireCreds | null,
  service: "iam" | "sts",
  params: Record<string, string>,
  userAgent: string,
): Promise<WireAnswer> {
  const res = await wireCore()(signedQueryRequest(creds, service, params, userAgent));
  const ok = res.status >= 200 && res.status < 300;
  if (ok) return { status: res.status, ok, body: res.body };
  return { status: res.status, ok, body: res.body, error: { code: xmlText(res.body, "Code") ?? "Unknown", message: xmlText(res.body, "Message") ?? "" } };
}

/** The temporary credentials of an AssumeRole* answer. */
export function credentialsOf(body: string): WireCreds | undefined {
  const accessKeyId = xmlText(body, "AccessKeyId");
  const secretAccessKey = xmlText(body, "SecretAccessKey");
  const sessionToken = xmlText(body, "SessionToken");
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey, sessionToken } : undefined;
}

/** One field of an answer, e.g. AssumedRoleUser's Arn. */
export function answerField(body: string, tag: string): string | undefined {
  return xmlText(body, tag);
}
