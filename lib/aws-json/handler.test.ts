// The JSON 1.1 protocol at /api/aws, byte for byte: routing on X-Amz-Target beside the Query protocol,
// SigV4 scoped to `cloudtrail`, epoch-second timestamps and LookupEvents' key order [OBS, spec
// observability §1.6], and errors as HTTP 400 {"__type","message"} — never a 5xx for bad input.
// The request shape: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/CommonParameters.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleRecord } from "@/lib/cloudtrail/sample-records";
import { ADMIN_111, signedPost, startHarness, type Harness } from "@/lib/wire/testing";
import { JSON_CONTENT_TYPE } from "./handler";
import { LOOKUP_EVENTS_TARGET, signedJson } from "./testing";

let h: Harness;
const A = "111111111111";
const when = new Date(Math.floor((Date.now() - 3 * 24 * 3600_000) / 1000) * 1000);
const record = sampleRecord({ accountId: A, eventTime: when, eventName: "GetRole", username: "json-test", resources: [{ type: "AWS::IAM::Role", name: "json-role" }] });

beforeAll(async () => {
  h = await startHarness();
  const { appendTrailRecords } = await import("@/lib/data/trail-events");
  await appendTrailRecords([record]);
}, 90_000);
afterAll(async () => h?.close());

const call = (body: string, opts?: { target?: string; service?: string }) => signedJson(h.url, ADMIN_111, body, opts);
const errorOf = (a: { status: number; json: Record<string, unknown> | null }) => [a.status, a.json?.__type];

describe("JSON 1.1 protocol", () => {
  it("answers LookupEvents in JSON: AWS's key order, EventTime in epoch seconds, the record as text", async () => {
    const a = await call(JSON.stringify({ LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: record.eventId }] }));
    expect(a.status).toBe(200);
    expect(a.contentType).toBe(JSON_CONTENT_TYPE);
    const events = a.json?.Events as Record<string, unknown>[];
    expect(Object.keys(events[0])).toEqual(["EventId", "EventName", "ReadOnly", "AccessKeyId", "EventTime", "EventSource", "Username", "Resources", "CloudTrailEvent"]);
    expect(events[0].EventTime).toBe(when.getTime() / 1000);
    expect(events[0].CloudTrailEvent).toBe(record.cloudTrailEvent);
    expect(events[0].Resources).toEqual([{ ResourceType: "AWS::IAM::Role", ResourceName: "json-role" }]);
    expect(a.json).not.toHaveProperty("NextToken");
  });

  it("takes an empty body as no parameters", async () => {
    const a = await call("");
    expect(a.status).toBe(200);
    expect(Array.isArray(a.json?.Events)).toBe(true);
  });

  it("refuses an unknown operation or target, and a body that is not a JSON object", async () => {
    expect(errorOf(await call("{}", { target: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DeleteTrail" }))).toEqual([400, "UnknownOperationException"]);
    expect(errorOf(await call("{}", { target: "DynamoDB_20120810.ListTables" }))).toEqual([400, "UnknownOperationException"]);
    expect(errorOf(await call("{}", { target: "" }))).toEqual([400, "UnknownOperationException"]);
    expect(errorOf(await call("{not json"))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call("[]"))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call("null"))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ MaxResults: "5" })))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ MaxResults: 2.5 })))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ StartTime: "yesterday" })))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ LookupAttributes: "EventName" })))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ LookupAttributes: [{ AttributeKey: 5, AttributeValue: "x" }] })))).toEqual([400, "SerializationException"]);
    expect(errorOf(await call(JSON.stringify({ LookupAttributes: [{ AttributeKey: "EventName" }] })))).toEqual([400, "InvalidLookupAttributesException"]);
    expect(errorOf(await call(JSON.stringify({ StartTime: 1e20 })))).toEqual([400, "InvalidTimeRangeException"]);
    // A NUL in a value is input like any other (PostgreSQL's text cannot hold it: no 5xx either way).
    for (const key of ["EventName", "ResourceName", "Username", "EventId"]) {
      const a = await call(JSON.stringify({ LookupAttributes: [{ AttributeKey: key, AttributeValue: "a\u0000b" }] }));
      expect([a.status, a.json?.Events]).toEqual([200, []]);
    }
  });

  it("verifies SigV4 for the cloudtrail service and names its failures as JSON services do", async () => {
    expect(errorOf(await signedJson(h.url, null, "{}"))).toEqual([400, "MissingAuthenticationTokenException"]);
    expect(errorOf(await signedJson(h.url, { accessKeyId: "AKIANOSUCHKEY0000001", secretAccessKey: "x".repeat(40) }, "{}"))).toEqual([400, "UnrecognizedClientException"]);
    expect(errorOf(await signedJson(h.url, { ...ADMIN_111, secretAccessKey: "wrong".repeat(8) }, "{}"))).toEqual([400, "InvalidSignatureException"]);
    const iamScoped = await call("{}", { service: "iam" });
    expect(errorOf(iamScoped)).toEqual([400, "InvalidSignatureException"]);
    expect(iamScoped.json?.message).toBe("Credential should be scoped to correct service: 'cloudtrail'. ");
  });

  it("keeps serving the Query protocol at the same endpoint", async () => {
    const r = await signedPost(h.url, ADMIN_111, "iam", "Action=GetUser&Version=2010-05-08");
    expect(r.status).toBe(200);
    expect(r.text).toContain("<GetUserResult>");
    expect((await signedJson(h.url, ADMIN_111, "{}", { target: LOOKUP_EVENTS_TARGET })).status).toBe(200);
  });

  it("records the call through the activity hook with its request id", async () => {
    const a = await call("{}");
    const row = await h.db.activityEvent.findFirst({ where: { requestId: a.requestId ?? "" } });
    expect(row).toMatchObject({ accountId: A, action: "cloudtrail:LookupEvents", result: "Success", source: "api" });
    const failed = await call("{}", { target: "CloudTrail_20131101.Nope" });
    expect(await h.db.activityEvent.findFirst({ where: { requestId: failed.requestId ?? "" } })).toMatchObject({ result: "Failure", errorCode: "UnknownOperationException" });
  });
});
