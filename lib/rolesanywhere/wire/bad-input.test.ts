// Bad input at the Roles Anywhere REST-JSON endpoint is the client's (4xx with the protocol's codes),
// never a 5xx: unsigned calls, another service's signing scope, unknown URIs, malformed JSON, members
// of the wrong type, an undecodable URI label, an unsigned or HMAC-signed CreateSession.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/CommonErrors.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";
import { signedCall } from "../testing";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h?.close());

const call = (method: string, path: string, body?: string, service = "rolesanywhere") => signedCall(h.url, ADMIN_111, method, path, body, service);

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
