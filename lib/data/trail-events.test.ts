// The CloudTrail store on the sandbox's database (SQLite, or PostgreSQL with TEST_DATABASE_URL), with
// records built here (a store test: the wire's own records are tested in the LookupEvents SDK test).
// Lookups: one account, newest first, one attribute of LookupEvents' eight, inclusive time range,
// a cursor that later appends do not disturb; the records of one call land together or not at all;
// retention deletes what is older than 90 days and nothing else.
process.env.TZ = "America/New_York";

import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox } from "@/lib/testing/sandbox";
import { assumeRoleResources, sampleRecord } from "@/lib/cloudtrail/sample-records";
import type { LookupQuery, TrailRecord } from "@/lib/cloudtrail/types";

let trail: typeof import("./trail-events");

const A = "123456789012";
const B = "210987654321";
const NOW = Date.now();
/** Whole seconds, as record times are; `ago(60)` is a minute before the test started. */
const ago = (seconds: number) => new Date(Math.floor(NOW / 1000) * 1000 - seconds * 1000);

const assume = sampleRecord({
  accountId: A,
  eventTime: ago(50),
  eventName: "AssumeRole",
  username: "bob",
  accessKeyId: "AKIAEXAMPLEBOB000001",
  resources: assumeRoleResources(A, "Deploy", "bob-session", "ASIAEXAMPLESESSION01"),
});
const denied = { ...sampleRecord({ accountId: A, eventTime: ago(40), eventName: "CreateRole", errorCode: "AccessDenied" }), decision: "encoded-message" };
const list = sampleRecord({ accountId: A, eventTime: ago(30), eventName: "ListRoles" });
const other = sampleRecord({ accountId: B, eventTime: ago(20), eventName: "ListRoles", username: "carol" });
const signin = { ...sampleRecord({ accountId: A, eventTime: ago(10), eventName: "ConsoleLogin", eventSource: "signin.amazonaws.com", readOnly: false }), accessKeyId: undefined };

const ids = (p: { records: TrailRecord[] }) => p.records.map((r) => r.eventId);
const lookup = (q: Partial<LookupQuery>) => trail.lookupTrailEvents({ accountId: A, limit: 50, ...q });

beforeAll(async () => {
  await openSandbox();
  trail = await import("./trail-events");
  await trail.appendTrailRecords([assume]);
  await Promise.all([trail.appendTrailRecords([denied]), trail.appendTrailRecords([list, other]), trail.appendTrailRecords([signin])]);
}, 60_000);

describe("trail store", () => {
  it("keeps every field and the record's exact text; finds a record only in its own account", async () => {
    const found = await trail.findTrailEvent(A, assume.eventId);
    expect(found).toEqual(assume);
    expect(found?.cloudTrailEvent).toBe(assume.cloudTrailEvent);
    expect(await trail.findTrailEvent(A, denied.eventId)).toEqual(denied);
    expect(await trail.findTrailEvent(B, assume.eventId)).toBeNull();
    expect(await trail.findTrailEvent(A, "no-such-event")).toBeNull();
  });

  it("lists one account's records newest first", async () => {
    expect(ids(await lookup({}))).toEqual([signin, list, denied, assume].map((r) => r.eventId));
    expect(ids(await lookup({ accountId: B }))).toEqual([other.eventId]);
  });

  it("filters by each of LookupEvents' eight attributes", async () => {
    const by = async (key: NonNullable<LookupQuery["attribute"]>["key"], value: string) => ids(await lookup({ attribute: { key, value } }));
    expect(await by("EventId", assume.eventId)).toEqual([assume.eventId]);
    expect(await by("EventId", other.eventId)).toEqual([]);
    expect(await by("EventName", "ListRoles")).toEqual([list.eventId]);
    expect(await by("ReadOnly", "true")).toEqual([list.eventId, assume.eventId]);
    expect(await by("ReadOnly", "false")).toEqual([signin.eventId, denied.eventId]);
    expect(await by("ReadOnly", "TRUE")).toEqual([]);
    expect(await by("Username", "bob")).toEqual([assume.eventId]);
    expect(await by("EventSource", "signin.amazonaws.com")).toEqual([signin.eventId]);
    expect(await by("AccessKeyId", "AKIAEXAMPLEBOB000001")).toEqual([assume.eventId]);
    // Three AWS::STS::AssumedRole resources, one event.
    expect(await by("ResourceType", "AWS::STS::AssumedRole")).toEqual([assume.eventId]);
    expect(await by("ResourceName", `arn:aws:iam::${A}:role/Deploy`)).toEqual([assume.eventId]);
    expect(await by("ResourceName", "bob-session")).toEqual([assume.eventId]);
    expect(await by("ResourceType", "AWS::IAM::User")).toEqual([]);
  });

  it("bounds the time range inclusively, to the second", async () => {
    expect(ids(await lookup({ startTime: ago(40), endTime: ago(30) }))).toEqual([list.eventId, denied.eventId]);
    expect(ids(await lookup({ startTime: new Date(ago(40).getTime() + 999), endTime: new Date(ago(30).getTime() + 999) }))).toEqual([list.eventId, denied.eventId]);
    expect(ids(await lookup({ startTime: ago(45), attribute: { key: "ResourceType", value: "AWS::IAM::Role" } }))).toEqual([]);
    expect(ids(await lookup({ endTime: ago(45), attribute: { key: "ResourceType", value: "AWS::IAM::Role" } }))).toEqual([assume.eventId]);
  });

  it("pages with a cursor that later appends and ties in time do not disturb", async () => {
    const acct = "333333333333";
    const t = ago(5);
    const batch = Array.from({ length: 7 }, (_, i) => sampleRecord({ accountId: acct, eventTime: i < 4 ? t : ago(6), eventName: "GetRole", resources: [{ type: "AWS::IAM::Role", name: "r" }] }));
    await trail.appendTrailRecords(batch);
    expect((await trail.lookupTrailEvents({ accountId: acct, limit: 50 })).records.map((r) => r.eventId).sort()).toEqual(batch.map((r) => r.eventId).sort());
    for (const attribute of [undefined, { key: "ResourceType" as const, value: "AWS::IAM::Role" }, { key: "EventName" as const, value: "GetRole" }]) {
      const expected = ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50, attribute }));
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await trail.lookupTrailEvents({ accountId: acct, limit: 3, after, attribute });
        expect(page.records.length).toBeLessThanOrEqual(3);
        seen.push(...ids(page));
        after = page.next;
        // A newer record appended mid-way never shows up on a later page.
        if (pages++ === 0) await trail.appendTrailRecords([sampleRecord({ accountId: acct, eventTime: new Date(), eventName: "GetRole", resources: [{ type: "AWS::IAM::Role", name: "r" }] })]);
      } while (after);
      expect(pages).toBe(Math.ceil(expected.length / 3));
      expect(seen).toEqual(expected);
    }
  });

  it("refuses a cursor it did not make", async () => {
    expect(trail.isTrailCursor("not a cursor")).toBe(false);
    await expect(lookup({ after: "bm90IGEgY3Vyc29y" })).rejects.toBeInstanceOf(trail.InvalidCursorError);
    await expect(lookup({ after: "bm90IGEgY3Vyc29y" })).rejects.toMatchObject({ name: "AwsError", code: "InvalidNextTokenException", status: 400 });
  });

  // LookupEvents: "InvalidNextTokenException: Invalid token or token that was previously used in a
  // request with different parameters" — https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
  it("refuses a cursor minted for another account or another attribute, and continues with its own", async () => {
    const first = await lookup({ limit: 1 });
    expect(first.next && trail.isTrailCursor(first.next)).toBe(true);
    const refused = { name: "AwsError", code: "InvalidNextTokenException", status: 400 };
    await expect(trail.lookupTrailEvents({ accountId: B, limit: 50, after: first.next })).rejects.toMatchObject(refused);
    await expect(lookup({ after: first.next, attribute: { key: "EventName", value: "ListRoles" } })).rejects.toMatchObject(refused);
    const byName = await lookup({ limit: 1, attribute: { key: "Username", value: "bob" } });
    await expect(lookup({ after: byName.next ?? first.next, attribute: { key: "Username", value: "carol" } })).rejects.toMatchObject(refused);
    await expect(lookup({ after: first.next, startTime: ago(3600) })).resolves.toBeDefined();
    expect(ids(await lookup({ after: first.next, limit: 1 }))).not.toEqual(ids(first));
  });

  it("lands the records of one call together or not at all; a failing call does not sink others", async () => {
    const acct = "444444444444";
    const first = sampleRecord({ accountId: acct, eventTime: ago(3), resources: [{ type: "AWS::IAM::Role", name: "x" }] });
    // The second copy reuses an existing eventId: the unit fails, and its first record must not stay.
    const clash = { ...sampleRecord({ accountId: acct, eventTime: ago(3) }), eventId: assume.eventId };
    const fine = sampleRecord({ accountId: acct, eventTime: ago(2) });
    const results = await Promise.allSettled([trail.appendTrailRecords([first, clash]), trail.appendTrailRecords([fine])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect(ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50 }))).toEqual([fine.eventId]);
    expect(ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50, attribute: { key: "ResourceName", value: "x" } }))).toEqual([]);
  });

  it("prunes records older than 90 days, keys included, and keeps the rest", async () => {
    const acct = "555555555555";
    const day = 24 * 60 * 60 * 1000;
    const old = sampleRecord({ accountId: acct, eventTime: new Date(NOW - 91 * day), resources: [{ type: "AWS::IAM::Role", name: "old" }] });
    const kept = sampleRecord({ accountId: acct, eventTime: new Date(NOW - 89 * day), resources: [{ type: "AWS::IAM::Role", name: "old" }] });
    await trail.appendTrailRecords([old, kept]);
    expect(ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50 }))).toEqual([kept.eventId, old.eventId]);
    expect(await trail.pruneTrailEvents(new Date(NOW))).toBeGreaterThanOrEqual(1);
    expect(ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50 }))).toEqual([kept.eventId]);
    expect(ids(await trail.lookupTrailEvents({ accountId: acct, limit: 50, attribute: { key: "ResourceName", value: "old" } }))).toEqual([kept.eventId]);
    expect(await trail.findTrailEvent(acct, old.eventId)).toBeNull();
    expect(await trail.findTrailEvent(A, assume.eventId)).toEqual(assume);
  });
});
