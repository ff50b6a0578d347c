// Bad input at the Roles Anywhere REST-JSON endpoint is the client's (4xx with the protocol's codes),
// never a 5xx: unsigned calls, another service's signing scope, unknown URIs, malformed JSON, members
// of the wrong type, an undecodable URI label, an unsigned or HMAC-signed CreateSession.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/CommonErrors.html
import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h?.close());

async function call(method: string, path: string, body?: string, service = "rolesanywhere") {
  const url = new URL(`${h.url}/api/aws${path}`);
  const signer = new SignatureV4({ credentials: ADMIN_111, region: "us-east-1", service, sha256: Sha256 });
  const query = Object.fromEntries(url.searchParams);
  const signed = await signer.sign({
    method,
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query,
    headers: { host: url.host, "content-type": "application/json" },
    body,
  });
  const res = await fetch(url, { method, headers: signed.headers, body });
  return { status: res.status, type: res.headers.get("x-amzn-errortype"), json: (await res.json()) as Record<string, unknown> };
}

describe("Roles Anywhere wire: bad input", () => {
  it("answers the protocol's 4xx codes", async () => {
    const unsigned = await fetch(`${h.url}/api/aws/trustanchors`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
    expect(await call("GET", "/trustanchors", undefined, "iam")).toMatchObject({ status: 403, type: "InvalidSignatureException" });
    expect(await call("GET", "/nothing-here")).toMatchObject({ status: 400, type: "UnknownOperationException" });
    expect(await call("POST", "/profiles", "{not json")).toMatchObject({ status: 400, type: "SerializationException" });
    expect(await call("POST", "/profiles", JSON.stringify({ name: "x", roleArns: "not-a-list" }))).toMatchObject({ status: 400, type: "SerializationException" });
    expect(await call("POST", "/profiles", JSON.stringify({ roleArns: [] }))).toMatchObject({ status: 400, type: "ValidationException" });
    expect(await call("GET", "/trustanchor/%ZZ")).toMatchObject({ status: 400, type: "ValidationException" });
    expect(await call("GET", "/trustanchors?pageSize=abc")).toMatchObject({ status: 400, type: "SerializationException" });
  });

  it("refuses a CreateSession that is not X.509-signed", async () => {
    const unsigned = await fetch(`${h.url}/api/aws/sessions`, { method: "POST", body: "{}" });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toEqual({ message: "Invalid signature" });
    expect(await call("POST", "/sessions", "{}")).toMatchObject({ status: 403, type: "AccessDeniedException", json: { message: "Invalid signature" } });
  });
});
