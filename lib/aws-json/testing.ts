// Test support: a SigV4-signed JSON-protocol POST sent byte for byte as written (bad JSON, odd targets),
// answered with its status, headers and raw text. Import only from tests.
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Creds } from "@/lib/wire/testing";
import { JSON_CONTENT_TYPE } from "./handler";

export const LOOKUP_EVENTS_TARGET = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";

export interface JsonAnswer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  text: string;
  /** The parsed body (null when it is not JSON). */
  json: Record<string, unknown> | null;
}

export async function signedJson(
  baseUrl: string,
  creds: Creds | null,
  body: string,
  opts: { target?: string; service?: string } = {},
): Promise<JsonAnswer> {
  const url = new URL(`${baseUrl}/api/aws`);
  const headers: Record<string, string> = { host: url.host, "content-type": JSON_CONTENT_TYPE, "x-amz-target": opts.target ?? LOOKUP_EVENTS_TARGET };
  const request = { method: "POST", protocol: "http:", hostname: url.hostname, port: Number(url.port), path: url.pathname, headers, body };
  const signed = creds ? await new SignatureV4({ credentials: creds, region: "us-east-1", service: opts.service ?? "cloudtrail", sha256: Sha256 }).sign(request) : request;
  const res = await fetch(url, { method: "POST", headers: signed.headers, body });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { status: res.status, contentType: res.headers.get("content-type"), requestId: res.headers.get("x-amzn-requestid"), text, json };
}
