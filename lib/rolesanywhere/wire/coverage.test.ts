// Every operation of the Roles Anywhere API answers as itself: each operation of the installed CLI's
// botocore model (the oracle for names, URIs and methods), plus the four the API reference added since
// (PutNotificationSettings, ResetNotificationSettings, PutAttributeMapping, DeleteAttributeMapping),
// called signed with ids that name nothing. None may answer UnknownOperationException or a 5xx; each
// answers either success or one of the errors its model lists (or the protocol's own).
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_Operations.html
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, startHarness, type Harness } from "@/lib/wire/testing";
import { signedCall } from "../testing";

const MODEL_DIR = "/usr/lib/python3/dist-packages/awscli/botocore/data/rolesanywhere";

interface Operation {
  name: string;
  http: { method: string; requestUri: string };
  errors?: { shape: string }[];
}

function modelOperations(): Operation[] {
  const version = readdirSync(MODEL_DIR).sort().at(-1)!;
  const model = JSON.parse(readFileSync(path.join(MODEL_DIR, version, "service-2.json"), "utf8")) as { operations: Record<string, Operation> };
  return Object.values(model.operations);
}

/** The operations the API reference documents beyond the installed model (their Request Syntax sections). */
const NEWER: Operation[] = [
  // AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutNotificationSettings.html
  { name: "PutNotificationSettings", http: { method: "PATCH", requestUri: "/put-notifications-settings" }, errors: [{ shape: "ValidationException" }, { shape: "ResourceNotFoundException" }, { shape: "AccessDeniedException" }] },
  // AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ResetNotificationSettings.html
  { name: "ResetNotificationSettings", http: { method: "PATCH", requestUri: "/reset-notifications-settings" }, errors: [{ shape: "ValidationException" }, { shape: "ResourceNotFoundException" }, { shape: "AccessDeniedException" }] },
  // AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutAttributeMapping.html
  { name: "PutAttributeMapping", http: { method: "PUT", requestUri: "/profiles/{profileId}/mappings" }, errors: [{ shape: "ValidationException" }, { shape: "ResourceNotFoundException" }, { shape: "AccessDeniedException" }] },
  // AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_DeleteAttributeMapping.html
  { name: "DeleteAttributeMapping", http: { method: "DELETE", requestUri: "/profiles/{profileId}/mappings?certificateField=x509SAN" }, errors: [{ shape: "ResourceNotFoundException" }, { shape: "AccessDeniedException" }] },
];

const MISSING = "0b8f7a6c-1d2e-4f30-9a4b-5c6d7e8f9a0b";
/** A body each operation can read without a wrong-typed member (values name nothing in the account). */
const BODIES: Record<string, object> = {
  PutNotificationSettings: { trustAnchorId: MISSING, notificationSettings: [] },
  ResetNotificationSettings: { trustAnchorId: MISSING, notificationSettingKeys: [] },
  PutAttributeMapping: { certificateField: "x509Subject", mappingRules: [{ specifier: "CN" }] },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h?.close());

describe("Roles Anywhere operation coverage", () => {
  const operations = [...modelOperations(), ...NEWER];

  it("knows the model's 26 operations and the 4 newer ones", () => {
    expect(modelOperations().length).toBeGreaterThanOrEqual(26);
    expect(new Set(operations.map((o) => o.name)).size).toBe(operations.length);
  });

  it.each(operations.map((o) => [o.name, o] as const))("%s answers as a known operation", async (name, op) => {
    // CreateSession is X.509-signed (its own tests); the SigV4 call it gets is refused as unsigned.
    const uri = op.http.requestUri.replace(/\{[A-Za-z]+\}/g, MISSING).replace("{resourceArn}", "");
    const withQuery = name === "ListTagsForResource" ? `${uri}?resourceArn=arn:aws:rolesanywhere:us-east-1:111111111111:profile/${MISSING}` : uri;
    const hasBody = !["GET", "DELETE"].includes(op.http.method);
    const body = hasBody ? JSON.stringify(BODIES[name] ?? {}) : undefined;
    const answer = await signedCall(h.url, ADMIN_111, op.http.method, withQuery, body);
    expect(answer.type, `${name}: ${JSON.stringify(answer.json)}`).not.toBe("UnknownOperationException");
    expect(answer.status, `${name}: ${JSON.stringify(answer.json)}`).toBeLessThan(500);
    if (answer.status >= 400) {
      const allowed = new Set([...(op.errors ?? []).map((e) => e.shape), "ValidationException", "AccessDeniedException", "SerializationException"]);
      expect([...allowed], `${name} answered ${answer.type}`).toContain(answer.type);
    }
  });
});
