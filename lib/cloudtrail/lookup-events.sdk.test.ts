// LookupEvents through the real SDK v3 (@aws-sdk/client-cloudtrail) over JSON 1.1 and real SigV4
// (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html): the eight
// lookup attributes, the time range, pages of at most 50 with NextToken, the documented errors, the
// authorization first, and each account seeing only its own events. The records are appended to the
// store here, two days back, and every lookup is bounded to that window: the calls this test makes
// (recorded today by the wire) never fall in it.
import { CloudTrailClient, LookupEventsCommand, paginateLookupEvents, type LookupEventsCommandInput } from "@aws-sdk/client-cloudtrail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";
import { assumeRoleResources, sampleRecord } from "./sample-records";
import type { TrailRecord } from "./types";

const A = "111111111111";
const B = "222222222222";
const DAY = 24 * 60 * 60 * 1000;
const BASE = Math.floor((Date.now() - 2 * DAY) / 1000) * 1000;
const at = (minutes: number) => new Date(BASE + minutes * 60_000);
/** The window the records live in (inclusive), given to every lookup. */
const WINDOW = { StartTime: at(0), EndTime: at(600) };

let h: Harness;
let admin: CloudTrailClient;
let adminB: CloudTrailClient;
let alice: CloudTrailClient;

const client = (url: string, credentials: Creds) => new CloudTrailClient({ endpoint: `${url}/api/aws`, region: "us-east-1", credentials, maxAttempts: 1 });

const assume = sampleRecord({
  accountId: A,
  eventTime: at(10),
  eventName: "AssumeRole",
  username: "trail-bob",
  accessKeyId: "AKIATRAILBOB00000001",
  resources: assumeRoleResources(A, "Deploy", "bob-session", "ASIATRAILSESSION0001"),
});
const createRole = sampleRecord({ accountId: A, eventTime: at(20), eventName: "CreateRole", username: "trail-carol", errorCode: "AccessDenied" });
const signin = { ...sampleRecord({ accountId: A, eventTime: at(30), eventName: "ConsoleLogin", eventSource: "signin.amazonaws.com", readOnly: false, username: "trail-carol" }), accessKeyId: undefined };
const inB = sampleRecord({ accountId: B, eventTime: at(15), eventName: "AssumeRole", username: "trail-bob", accessKeyId: "AKIATRAILBOB00000001" });
/** 120 reads for paging, a minute apart, after the others. */
const reads: TrailRecord[] = Array.from({ length: 120 }, (_, i) => sampleRecord({ accountId: A, eventTime: at(100 + i), eventName: "ListRoles", username: "trail-pager" }));

beforeAll(async () => {
  h = await startHarness();
  const { appendTrailRecords } = await import("@/lib/data/trail-events");
  await appendTrailRecords([assume, createRole, signin, inB, ...reads]);
  admin = client(h.url, ADMIN_111);
  adminB = client(h.url, ADMIN_222);
  alice = client(h.url, await createKey(h.db, A, "alice"));
}, 90_000);
afterAll(async () => h?.close());

const lookup = (c: CloudTrailClient, input: LookupEventsCommandInput) => c.send(new LookupEventsCommand({ ...WINDOW, ...input }));
const byAttr = async (key: string, value: string, c = admin) =>
  (await lookup(c, { LookupAttributes: [{ AttributeKey: key as "EventId", AttributeValue: value }] })).Events?.map((e) => e.EventId);

describe("LookupEvents over the SDK", () => {
  it("authorizes cloudtrail:LookupEvents before anything else", async () => {
    const denied = {
      name: "AccessDeniedException",
      status: 400,
      message: `User: arn:aws:iam::${A}:user/alice is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
    };
    expect(await sdkFailure(lookup(alice, {}))).toEqual(denied);
    // Invalid input is not looked at before the caller is allowed.
    expect(await sdkFailure(lookup(alice, { MaxResults: 0, NextToken: "garbage" }))).toEqual(denied);
  });

  it("answers an event with its fields and the record as a JSON string", async () => {
    const out = await lookup(admin, { LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: assume.eventId }] });
    expect(out.NextToken).toBeUndefined();
    expect(out.Events).toEqual([
      {
        EventId: assume.eventId,
        EventName: "AssumeRole",
        ReadOnly: "true",
        AccessKeyId: "AKIATRAILBOB00000001",
        EventTime: at(10),
        EventSource: "sts.amazonaws.com",
        Username: "trail-bob",
        Resources: assume.resources.map((r) => ({ ResourceType: r.type, ResourceName: r.name })),
        CloudTrailEvent: assume.cloudTrailEvent,
      },
    ]);
    const [event] = (await lookup(admin, { LookupAttributes: [{ AttributeKey: "EventId", AttributeValue: signin.eventId }] })).Events ?? [];
    expect(event).not.toHaveProperty("AccessKeyId");
    expect(event.ReadOnly).toBe("false");
  });

  it("filters by each of the eight attributes, newest first", async () => {
    expect(await byAttr("EventId", assume.eventId)).toEqual([assume.eventId]);
    expect(await byAttr("EventName", "AssumeRole")).toEqual([assume.eventId]);
    expect(await byAttr("ReadOnly", "false")).toEqual([signin.eventId, createRole.eventId]);
    expect(await byAttr("Username", "trail-carol")).toEqual([signin.eventId, createRole.eventId]);
    expect(await byAttr("ResourceType", "AWS::STS::AssumedRole")).toEqual([assume.eventId]);
    expect(await byAttr("ResourceName", `arn:aws:iam::${A}:role/Deploy`)).toEqual([assume.eventId]);
    expect(await byAttr("EventSource", "signin.amazonaws.com")).toEqual([signin.eventId]);
    expect(await byAttr("AccessKeyId", "AKIATRAILBOB00000001")).toEqual([assume.eventId]);
  });

  it("bounds the time range at both ends, inclusively", async () => {
    const out = await admin.send(new LookupEventsCommand({ StartTime: at(10), EndTime: at(20) }));
    expect(out.Events?.map((e) => e.EventId)).toEqual([createRole.eventId, assume.eventId]);
  });

  it("pages at most 50 events; NextToken continues; the paginator reads them all once", async () => {
    const first = await lookup(admin, { LookupAttributes: [{ AttributeKey: "Username", AttributeValue: "trail-pager" }] });
    expect(first.Events).toHaveLength(50);
    expect(first.NextToken).toBeTruthy();
    expect(first.Events?.[0].EventId).toBe(reads[119].eventId);
    const ids: string[] = [];
    for await (const page of paginateLookupEvents({ client: admin, pageSize: 7 }, { ...WINDOW, LookupAttributes: [{ AttributeKey: "Username", AttributeValue: "trail-pager" }] })) {
      expect(page.Events!.length).toBeLessThanOrEqual(7);
      ids.push(...page.Events!.map((e) => e.EventId!));
    }
    expect(ids).toEqual(reads.map((r) => r.eventId).reverse());
    const all = await lookup(admin, {});
    expect(all.Events).toHaveLength(50);
  });

  it("answers the documented errors for bad input", async () => {
    const fail = (input: LookupEventsCommandInput) => sdkFailure(lookup(admin, input)).then((f) => [f.name, f.status]);
    expect(await fail({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "A" }, { AttributeKey: "Username", AttributeValue: "b" }] })).toEqual([
      "InvalidLookupAttributesException",
      400,
    ]);
    expect(await fail({ LookupAttributes: [{ AttributeKey: "Color" as "EventName", AttributeValue: "blue" }] })).toEqual(["InvalidLookupAttributesException", 400]);
    expect(await fail({ LookupAttributes: [{ AttributeKey: "ReadOnly", AttributeValue: "maybe" }] })).toEqual(["InvalidLookupAttributesException", 400]);
    expect(await fail({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "x".repeat(2001) }] })).toEqual(["InvalidLookupAttributesException", 400]);
    expect(await fail({ StartTime: at(20), EndTime: at(10) })).toEqual(["InvalidTimeRangeException", 400]);
    expect(await fail({ MaxResults: 0 })).toEqual(["InvalidMaxResultsException", 400]);
    expect(await fail({ MaxResults: 51 })).toEqual(["InvalidMaxResultsException", 400]);
    expect(await fail({ NextToken: "not-a-token" })).toEqual(["InvalidNextTokenException", 400]);
    expect(await fail({ EventCategory: "management" as "insight" })).toEqual(["InvalidEventCategoryException", 400]);
    // A token made for other parameters (another attribute, another range) is refused.
    const { NextToken } = await lookup(admin, { MaxResults: 2 });
    expect(await fail({ NextToken, LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "ListRoles" }] })).toEqual(["InvalidNextTokenException", 400]);
    expect(await fail({ NextToken, StartTime: at(1) })).toEqual(["InvalidNextTokenException", 400]);
    expect((await lookup(admin, { NextToken, MaxResults: 3 })).Events).toHaveLength(3);
    // Another account cannot continue it either.
    expect((await sdkFailure(lookup(adminB, { NextToken }))).name).toBe("InvalidNextTokenException");
    expect((await lookup(admin, { EventCategory: "insight" })).Events).toEqual([]);
  });

  it("shows each account only its own events", async () => {
    expect(await byAttr("Username", "trail-bob", adminB)).toEqual([inB.eventId]);
    expect(await byAttr("EventId", assume.eventId, adminB)).toEqual([]);
    expect(await byAttr("EventId", inB.eventId)).toEqual([]);
    expect((await lookup(adminB, {})).Events?.map((e) => e.EventId)).toEqual([inB.eventId]);
  });
});
