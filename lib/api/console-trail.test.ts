// Console API calls in the event history, through the real route handlers and store (SQLite, or
// PostgreSQL with TEST_DATABASE_URL): each is recorded as the API it stands for, with
// sessionCredentialFromConsole "true", the browser's User-Agent and the caller's (socket) address,
// the route's inputs as requestParameters, and for a denial the error without parameters and the
// decision kept beside the record. The activity log keeps its row too.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACCT, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";
import type { TrailRecord } from "@/lib/cloudtrail/types";

vi.mock("server-only", () => ({}));
const current: { caller: Caller | null } = { caller: null };
vi.mock("@/lib/auth/get-caller", () => ({ getCaller: async () => current.caller }));
// The store as it is, except that the next append can be made to fail.
const storeFault = { next: false };
vi.mock("@/lib/data/trail-events", async (original) => {
  const real = await original<typeof import("@/lib/data/trail-events")>();
  return {
    ...real,
    appendTrailRecords: async (records: Parameters<typeof real.appendTrailRecords>[0]) => {
      if (storeFault.next) {
        storeFault.next = false;
        throw new Error("disk full");
      }
      return real.appendTrailRecords(records);
    },
  };
});

const UA = "Mozilla/5.0 (X11; Linux x86_64) console-api-trail-test";
const ORIGIN = "http://localhost:3000";
let sandbox: Sandbox;
let lookupTrailEvents: typeof import("@/lib/data/trail-events").lookupTrailEvents;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ lookupTrailEvents } = await import("@/lib/data/trail-events"));
}, 120_000);

const asConsole = (c: Caller): Caller => ({ ...c, via: "console", sourceIp: "192.0.2.44", userAgent: UA });

type Route = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(route: Route, method: string, path: string, params: Record<string, string>, body?: unknown): Promise<Response> {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const req = new NextRequest(`${ORIGIN}${path}`, {
    method,
    headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3000" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return route(req, { params: Promise.resolve(params) });
}

async function latest(eventName: string): Promise<{ record: TrailRecord; json: Record<string, unknown> }> {
  const [record] = (await lookupTrailEvents({ accountId: ACCT, attribute: { key: "EventName", value: eventName }, limit: 1 })).records;
  expect(record, `a ${eventName} record`).toBeDefined();
  return { record, json: JSON.parse(record.cloudTrailEvent) };
}

const TRUST = trustDoc({ Service: "ec2.amazonaws.com" });

describe("console API calls in the event history", () => {
  it("CreateRole: IAM's input in camelCase, the new role back, from the console", async () => {
    current.caller = asConsole(sandbox.admin);
    const { POST } = await import("@/app/api/console/roles/route");
    const res = await call(POST as Route, "POST", "/api/console/roles", {}, { roleName: "TrailConsoleRole", assumeRolePolicyDocument: TRUST, description: "from the console", tags: [{ Key: "team", Value: "blue" }] });
    expect(res.status).toBe(200);
    const { record, json } = await latest("CreateRole");
    expect(json).toMatchObject({
      eventVersion: "1.09",
      userIdentity: { type: "IAMUser", arn: `arn:aws:iam::${ACCT}:user/admin`, userName: "admin" },
      eventSource: "iam.amazonaws.com",
      eventName: "CreateRole",
      awsRegion: "us-east-1",
      sourceIPAddress: "192.0.2.44",
      userAgent: UA,
      requestParameters: { roleName: "TrailConsoleRole", assumeRolePolicyDocument: TRUST, description: "from the console", tags: [{ key: "team", value: "blue" }] },
      readOnly: false,
      eventType: "AwsApiCall",
      recipientAccountId: ACCT,
      sessionCredentialFromConsole: "true",
    });
    expect((json.responseElements as { role: Record<string, unknown> }).role).toMatchObject({ roleName: "TrailConsoleRole", arn: `arn:aws:iam::${ACCT}:role/TrailConsoleRole` });
    expect(record).toMatchObject({ username: "admin", readOnly: false, eventSource: "iam.amazonaws.com" });
    expect(record.requestId).toBe(json.requestID);
    // The activity log (last-accessed data) still has its row.
    expect(await sandbox.db.activityEvent.count({ where: { action: "iam:CreateRole", requestId: record.requestId } })).toBe(1);
  });

  it("attach, trust update, tags, delete: each with the role's name under IAM's member names", async () => {
    current.caller = asConsole(sandbox.admin);
    const params = { name: "TrailConsoleRole" };
    const policies = await import("@/app/api/console/roles/[name]/policies/route");
    const arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"];
    expect((await call(policies.POST as Route, "POST", "/api/console/roles/TrailConsoleRole/policies", params, { policyArns: arns })).status).toBe(200);
    const attached = (await lookupTrailEvents({ accountId: ACCT, attribute: { key: "EventName", value: "AttachRolePolicy" }, limit: 5 })).records;
    expect(attached.map((r) => JSON.parse(r.cloudTrailEvent).requestParameters).sort((a, b) => a.policyArn.localeCompare(b.policyArn))).toEqual([
      { roleName: "TrailConsoleRole", policyArn: arns[1] },
      { roleName: "TrailConsoleRole", policyArn: arns[0] },
    ]);

    const trust = await import("@/app/api/console/roles/[name]/trust-policy/route");
    expect((await call(trust.PUT as Route, "PUT", "/api/console/roles/TrailConsoleRole/trust-policy", params, { policyDocument: TRUST })).status).toBe(200);
    expect((await latest("UpdateAssumeRolePolicy")).json.requestParameters).toEqual({ roleName: "TrailConsoleRole", policyDocument: TRUST });

    const tags = await import("@/app/api/console/roles/[name]/tags/route");
    expect((await call(tags.PUT as Route, "PUT", "/api/console/roles/TrailConsoleRole/tags", params, { tags: [{ Key: "env", Value: "dev" }] })).status).toBe(200);
    expect((await latest("TagRole")).json.requestParameters).toEqual({ roleName: "TrailConsoleRole", tags: [{ key: "env", value: "dev" }] });

    const inline = await import("@/app/api/console/roles/[name]/inline-policies/route");
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });
    expect((await call(inline.POST as Route, "POST", "/api/console/roles/TrailConsoleRole/inline-policies", params, { policyName: "reads", policyDocument: doc })).status).toBe(200);
    expect((await latest("PutRolePolicy")).json.requestParameters).toEqual({ roleName: "TrailConsoleRole", policyName: "reads", policyDocument: doc });
    expect((await call(inline.DELETE as Route, "DELETE", "/api/console/roles/TrailConsoleRole/inline-policies?policyName=reads", params)).status).toBe(200);
    expect((await latest("DeleteRolePolicy")).json.requestParameters).toEqual({ roleName: "TrailConsoleRole", policyName: "reads" });

    const role = await import("@/app/api/console/roles/[name]/route");
    expect((await call(role.GET as Route, "GET", "/api/console/roles/TrailConsoleRole", params)).status).toBe(200);
    const read = await latest("GetRole");
    expect(read.json).toMatchObject({ requestParameters: { roleName: "TrailConsoleRole" }, responseElements: null, readOnly: true });
    expect(read.record.readOnly).toBe(true);

    expect((await call(role.DELETE as Route, "DELETE", "/api/console/roles/TrailConsoleRole", params)).status).toBe(200);
    expect((await latest("DeleteRole")).json).toMatchObject({ requestParameters: { roleName: "TrailConsoleRole" }, responseElements: null, sessionCredentialFromConsole: "true" });
  });

  it("a denial: AccessDenied with the exact message, no parameters, the decision kept beside the record", async () => {
    current.caller = asConsole(sandbox.alice);
    const { POST } = await import("@/app/api/console/roles/route");
    const res = await call(POST as Route, "POST", "/api/console/roles", {}, { roleName: "AliceMayNot", assumeRolePolicyDocument: TRUST });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { message: string; requestId: string } };
    const { record, json } = await latest("CreateRole");
    expect(json).toMatchObject({ errorCode: "AccessDenied", errorMessage: body.error.message, requestParameters: null, responseElements: null, requestID: body.error.requestId });
    expect(json.userIdentity).toMatchObject({ userName: "alice" });
    expect(record).toMatchObject({ errorCode: "AccessDenied", username: "alice" });
    expect(record.decision).toEqual(expect.any(String));
    expect(record.cloudTrailEvent).not.toContain(record.decision as string);
  });

  it("CreateUser with a console password: the API's input only, never the password", async () => {
    current.caller = asConsole(sandbox.admin);
    const { POST } = await import("@/app/api/console/users/route");
    const res = await call(POST as Route, "POST", "/api/console/users", {}, { userName: "trail-bob", password: "Secret-Passw0rd!" });
    expect(res.status).toBe(200);
    const { record, json } = await latest("CreateUser");
    expect(json.requestParameters).toEqual({ userName: "trail-bob" });
    expect((json.responseElements as { user: Record<string, unknown> }).user).toMatchObject({ userName: "trail-bob" });
    expect(record.cloudTrailEvent).not.toContain("Secret-Passw0rd!");
  });

  it("a store failure while recording never changes the answer", async () => {
    current.caller = asConsole(sandbox.admin);
    storeFault.next = true;
    const { GET } = await import("@/app/api/console/roles/route");
    const res = await call(GET as Route, "GET", "/api/console/roles", {});
    expect(res.status).toBe(200);
    expect(storeFault.next).toBe(false);
  });
});
