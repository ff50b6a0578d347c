// The Event history console API on a real store (both stores: TEST_DATABASE_URL runs it on
// PostgreSQL): cloudtrail:LookupEvents is authorized before anything is read
// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awscloudtrail.html), each
// account sees only its own events, newest first, one attribute at a time; the detail carries the
// Decision of a denial; the download holds the current filter; bad input is a 400, never a 5xx.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCT, failure, OTHER_ACCT, openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { TrailRecord } from "./types";

vi.mock("server-only", () => ({}));
// The console's caller is the account's admin user, read from the store as getConsoleState does.
vi.mock("@/lib/auth/get-caller", () => import("@/lib/testing/console-admin-caller"));

let sb: Sandbox;
let api: typeof import("./event-history");
let denial = "";
const NOW = Date.now();
const at = (minutesAgo: number) => new Date(Math.floor((NOW - minutesAgo * 60_000) / 1000) * 1000);
const RUN = NOW.toString(36);
const id = (n: number) => `00000000-0000-4000-8000-${RUN.padStart(8, "0").slice(-8)}${String(n).padStart(4, "0")}`;

function record(n: number, over: Partial<TrailRecord> & { minutesAgo: number; json?: Record<string, unknown> }): TrailRecord {
  const { minutesAgo, json, ...rest } = over;
  const eventTime = at(minutesAgo);
  const r: TrailRecord = {
    eventId: id(n),
    accountId: ACCT,
    eventTime,
    eventName: "CreateRole",
    eventSource: "iam.amazonaws.com",
    readOnly: false,
    username: "admin",
    resources: [],
    cloudTrailEvent: "",
    ...rest,
  };
  r.cloudTrailEvent = JSON.stringify({
    eventVersion: "1.11",
    userIdentity: { type: "IAMUser", arn: `arn:aws:iam::${r.accountId}:user/${r.username}`, accountId: r.accountId, userName: r.username },
    eventTime: eventTime.toISOString().replace(/\.\d{3}Z$/, "Z"),
    eventSource: r.eventSource,
    eventName: r.eventName,
    awsRegion: "us-east-1",
    sourceIPAddress: "203.0.113.10",
    ...(r.errorCode ? { errorCode: r.errorCode } : {}),
    ...json,
    eventID: r.eventId,
    recipientAccountId: r.accountId,
  });
  return r;
}

const ROLE_ARN = `arn:aws:iam::${ACCT}:role/EhTarget`;

beforeAll(async () => {
  sb = await openSandbox();
  api = await import("./event-history");
  const { authorize } = await import("@/lib/authz/authorize");
  const { decisionOf } = await import("@/lib/authz/access-denied");
  const { encodedMessageOf } = await import("@/lib/authz/decoded-message");
  // A real denial's encoded message, as the recorder keeps it with the event.
  const err = await authorize(sb.alice, "sts:AssumeRole", ROLE_ARN).catch((e: unknown) => e);
  denial = encodedMessageOf(decisionOf(err)!);
  const { appendTrailRecords } = await import("@/lib/data/trail-events");
  await appendTrailRecords([
    record(1, { minutesAgo: 300, eventName: "CreateRole", json: { requestParameters: { roleName: "=cmd|' /C calc'!A0" } } }),
    record(2, { minutesAgo: 120, eventName: "ListRoles", readOnly: true }),
    record(3, {
      minutesAgo: 20,
      eventName: "AssumeRole",
      eventSource: "sts.amazonaws.com",
      username: "alice",
      readOnly: true,
      errorCode: "AccessDenied",
      decision: denial,
      json: {
        errorMessage: `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} because no identity-based policy allows the sts:AssumeRole action`,
      },
    }),
    record(4, { minutesAgo: 10, eventName: "DeleteRole", resources: [{ type: "AWS::IAM::Role", name: "=HYPERLINK(\"x\")" }] }),
    record(5, { minutesAgo: 5, eventName: "CreateUser", accountId: OTHER_ACCT }),
  ]);
}, 90_000);

afterAll(async () => {
  await sb?.db.$disconnect();
});

describe("authorization", () => {
  it("alice (no policies) is denied cloudtrail:LookupEvents before anything is read", async () => {
    const text = `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: cloudtrail:LookupEvents`;
    for (const p of [api.eventHistoryPage(sb.alice, {}), api.eventHistoryRecord(sb.alice, id(3)), api.eventHistoryRecord(sb.alice, "no-such-event"), api.eventHistoryDownload(sb.alice, {}, "csv")]) {
      const f = await failure(p);
      expect(f.code).toBe("AccessDenied");
      expect(f.message.startsWith(text)).toBe(true);
    }
  });
});

describe("eventHistoryPage", () => {
  it("lists the caller's own account's events, newest first", async () => {
    const page = await api.eventHistoryPage(sb.admin, { range: "12h" });
    const ours = page.events.filter((e) => e.eventId.includes(RUN.padStart(8, "0").slice(-8)));
    expect(ours.map((e) => e.eventName)).toEqual(["DeleteRole", "AssumeRole", "ListRoles", "CreateRole"]);
    expect(page.events.some((e) => e.eventName === "CreateUser" && e.eventId === id(5))).toBe(false);
    const other = await api.eventHistoryPage(await sb.userCaller(OTHER_ACCT, "admin"), { attributeKey: "EventId", attributeValue: id(5) });
    expect(other.events.map((e) => e.eventId)).toEqual([id(5)]);
  });

  it("filters by one attribute and a time preset", async () => {
    const writes = await api.eventHistoryPage(sb.admin, { attributeKey: "ReadOnly", attributeValue: "false", range: "12h" });
    expect(writes.events.every((e) => !e.readOnly)).toBe(true);
    expect(writes.events.map((e) => e.eventId)).toEqual(expect.arrayContaining([id(1), id(4)]));
    const recent = await api.eventHistoryPage(sb.admin, { attributeKey: "Username", attributeValue: "alice", range: "30m" });
    expect(recent.events.map((e) => e.eventId)).toEqual([id(3)]);
    expect(recent.events[0]).toMatchObject({ errorCode: "AccessDenied", awsRegion: "us-east-1", sourceIPAddress: "203.0.113.10" });
    const older = await api.eventHistoryPage(sb.admin, { attributeKey: "EventName", attributeValue: "CreateRole", range: "3h" });
    expect(older.events.map((e) => e.eventId)).not.toContain(id(1));
  });

  it("pages with the store's cursor and refuses a made-up one as bad input", async () => {
    const first = await api.eventHistoryPage(sb.admin, { range: "12h", pageSize: 2 });
    expect(first.events).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await api.eventHistoryPage(sb.admin, { range: "12h", pageSize: 2, cursor: first.nextCursor });
    expect(second.events.map((e) => e.eventId)).not.toContain(first.events[0].eventId);
    expect(new Date(second.events[0].eventTime) <= new Date(first.events[1].eventTime)).toBe(true);
    expect(await failure(api.eventHistoryPage(sb.admin, { cursor: "not a cursor!" }))).toMatchObject({ code: "ValidationError" });
  });
});

describe("eventHistoryRecord", () => {
  it("answers NoSuchEntity for another account's event and for none", async () => {
    expect(await failure(api.eventHistoryRecord(sb.admin, id(5)))).toMatchObject({ code: "NoSuchEntity" });
    expect(await failure(api.eventHistoryRecord(sb.admin, "nope"))).toMatchObject({ code: "NoSuchEntity" });
  });

  it("gives a denial its Decision: decoded for a caller allowed sts:DecodeAuthorizationMessage, and the simulator's target", async () => {
    const { event, decision } = await api.eventHistoryRecord(sb.admin, id(3));
    expect(event.cloudTrailEvent).toContain('"errorCode":"AccessDenied"');
    expect(decision?.encodedMessage).toBe(denial);
    expect(decision?.decoded).toMatchObject({ allowed: false, context: { action: "sts:AssumeRole", resource: ROLE_ARN } });
    expect(decision?.simulate).toEqual({ source: `arn:aws:iam::${ACCT}:user/alice`, action: "sts:AssumeRole", resource: ROLE_ARN });
    const plain = await api.eventHistoryRecord(sb.admin, id(1));
    expect(plain.decision).toBeUndefined();
  });
});

describe("eventHistoryDownload", () => {
  it("writes the current filter as CSV with formula cells escaped, and as JSON records", async () => {
    const csv = await api.eventHistoryDownload(sb.admin, { attributeKey: "EventName", attributeValue: "DeleteRole", range: "1h" }, "csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    const lines = csv.body.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Event ID,Event time,User name,Event name,Resource type,Resource name,AWS access key,AWS region,Error code,Source IP address,Resources");
    const ours = lines.find((l) => l.startsWith(id(4)))!;
    expect(ours).toContain(`,admin,DeleteRole,AWS::IAM::Role,"'=HYPERLINK(""x"")",`);
    const json = await api.eventHistoryDownload(sb.admin, { attributeKey: "EventId", attributeValue: id(1) }, "json");
    const parsed = JSON.parse(json.body) as { Records: Record<string, unknown>[] };
    expect(parsed.Records).toHaveLength(1);
    expect(Object.keys(parsed.Records[0]).slice(0, 3)).toEqual(["eventVersion", "userIdentity", "eventTime"]);
  });
});

describe("console routes", () => {
  const get = async (path: string) => {
    const { GET } = path.startsWith("/api/console/cloudtrail/download")
      ? await import("@/app/api/console/cloudtrail/download/route")
      : await import("@/app/api/console/cloudtrail/events/route");
    return GET(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({}) });
  };

  it("answers bad input with a 400, never a 5xx", async () => {
    for (const q of [
      "attributeKey=UserAgent&attributeValue=x",
      "attributeKey=EventName",
      "attributeKey=ReadOnly&attributeValue=maybe",
      "range=2h",
      "range=1h&start=2026-01-01T00:00:00Z",
      "start=2020-01-01T00:00:00Z&end=2026-01-01T00:00:00Z",
      "start=2026-01-02T00:00:00Z&end=2026-01-01T00:00:00Z",
      "pageSize=500",
      "cursor=%00",
      "cursor=bm90LWEtY3Vyc29y",
      "accountId=222222222222",
      "attributeKey=EventName&attributeValue=a%00b",
    ]) {
      const res = await get(`/api/console/cloudtrail/events?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code, q).toBe("ValidationError");
    }
    const noFormat = await get("/api/console/cloudtrail/download?format=xml");
    expect(noFormat.status).toBe(400);
  });

  it("records its own LookupEvents call, with the lookup attribute it asked for", async () => {
    const res = await get(`/api/console/cloudtrail/events?attributeKey=EventName&attributeValue=DeleteRole&pageSize=10`);
    expect(res.status).toBe(200);
    const own = await api.eventHistoryPage(sb.admin, { attributeKey: "EventName", attributeValue: "LookupEvents", range: "30m" });
    const record = JSON.parse(own.events[0].cloudTrailEvent) as Record<string, unknown>;
    expect(record).toMatchObject({
      eventSource: "cloudtrail.amazonaws.com",
      eventName: "LookupEvents",
      readOnly: true,
      requestParameters: { lookupAttributes: [{ attributeKey: "EventName", attributeValue: "DeleteRole" }], maxResults: 10 },
      sessionCredentialFromConsole: "true",
    });
  });

  it("serves the download as an attachment", async () => {
    const res = await get(`/api/console/cloudtrail/download?format=csv&attributeKey=EventId&attributeValue=${id(4)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="event_history.csv"');
    const text = await res.text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("serves one event and a 404 for an unknown id", async () => {
    const { GET } = await import("@/app/api/console/cloudtrail/events/[eventId]/route");
    const ok = await GET(new NextRequest(`http://localhost/api/console/cloudtrail/events/${id(4)}`), { params: Promise.resolve({ eventId: id(4) }) });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { event: { eventName: string } }).event.eventName).toBe("DeleteRole");
    const missing = await GET(new NextRequest("http://localhost/api/console/cloudtrail/events/x"), { params: Promise.resolve({ eventId: "x" }) });
    expect(missing.status).toBe(404);
    const nul = await GET(new NextRequest("http://localhost/api/console/cloudtrail/events/a%00b"), { params: Promise.resolve({ eventId: "a\u0000b" }) });
    expect(nul.status).toBe(400);
  });
});
