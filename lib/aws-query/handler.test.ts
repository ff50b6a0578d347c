// The handler driven with Fetch Requests signed by the real AWS signer: dispatch, envelopes, status
// codes, error mapping and the activity hook.

import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import type { QueryParams } from "./form";
import { type CallRecord, createQueryHandler } from "./handler";
import { requireString } from "./params";

const NOW = new Date("2026-11-22T14:00:00Z");
const KEYS: Record<string, string> = { AKIAHANDLERTEST00001: "secret-1" };

interface Caller {
  arn: string;
}

function setup() {
  const records: Array<CallRecord<Caller>> = [];
  const logged: unknown[] = [];
  const handler = createQueryHandler<Caller>({
    lookup: async (id) => (KEYS[id] ? { secretAccessKey: KEYS[id] } : null),
    resolveCaller: async (auth) => ({ arn: `arn:aws:iam::123456789012:user/${auth.accessKeyId}` }),
    now: () => NOW,
    logError: (_m, e) => logged.push(e),
    onCall: (r) => {
      records.push(r);
    },
    actions: {
      sts: {
        GetCallerIdentity: async (_p, caller) => ({ Arn: caller.arn, Account: "123456789012" }),
        Echo: async (p: QueryParams) => ({ Value: requireString(p, "Value", { max: 5 }) }),
        Explode: async () => {
          throw new Error("database is on fire at /srv/secret/path");
        },
        // What node-postgres raises when the server is gone (a socket error, as Node reports it).
        Unreachable: async () => {
          throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:55400"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
        },
      },
      iam: {
        DeleteRole: async () => null,
        GetRole: async (p) => {
          throw new AwsError("NoSuchEntity", `The role with name ${p.get("RoleName")} cannot be found.`);
        },
      },
    },
  });
  return { handler, records, logged };
}

async function request(body: string, o: { service?: string; secret?: string; url?: string; unsigned?: boolean } = {}) {
  const url = new URL(o.url ?? "http://localhost:3000/api/aws");
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    host: url.host,
    "user-agent": "aws-cli/2.9.19 test",
    "x-forwarded-for": "203.0.113.7, 10.0.0.1",
  };
  if (o.unsigned) return new Request(url, { method: "POST", headers, body });
  const signer = new SignatureV4({
    credentials: { accessKeyId: "AKIAHANDLERTEST00001", secretAccessKey: o.secret ?? "secret-1" },
    region: "us-east-1",
    service: o.service ?? "sts",
    sha256: Sha256,
    applyChecksum: false,
  });
  const query = Object.fromEntries(url.searchParams);
  const signed = await signer.sign(
    { method: "POST", protocol: "http:", hostname: url.hostname, port: 3000, path: url.pathname, query, headers, body },
    { signingDate: NOW },
  );
  return new Request(url, { method: "POST", headers: signed.headers, body });
}

describe("createQueryHandler", () => {
  it("dispatches a signed STS call and returns the XML envelope with matching request ids", async () => {
    const { handler, records } = setup();
    const res = await handler(await request("Action=GetCallerIdentity&Version=2011-06-15"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/xml");
    const rid = res.headers.get("x-amzn-requestid");
    expect(await res.text()).toBe(
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
        "<Arn>arn:aws:iam::123456789012:user/AKIAHANDLERTEST00001</Arn><Account>123456789012</Account>" +
        `</GetCallerIdentityResult><ResponseMetadata><RequestId>${rid}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
    expect(records).toEqual([
      {
        requestId: rid,
        status: 200,
        action: "GetCallerIdentity",
        service: "sts",
        accessKeyId: "AKIAHANDLERTEST00001",
        caller: { arn: "arn:aws:iam::123456789012:user/AKIAHANDLERTEST00001" },
        // A client's X-Forwarded-For is not its address: the server supplies that (lib/net).
        sourceIp: undefined,
        userAgent: "aws-cli/2.9.19 test",
        // What the CloudTrail record is built from: the input, the result before XML, time and region.
        receivedAt: NOW,
        region: "us-east-1",
        request: {},
        result: { Arn: "arn:aws:iam::123456789012:user/AKIAHANDLERTEST00001", Account: "123456789012" },
      },
    ]);
  });

  it("renders IAM calls in the IAM namespace, including no-output operations and domain errors", async () => {
    const { handler } = setup();
    const ok = await handler(await request("Action=DeleteRole&Version=2010-05-08&RoleName=x", { service: "iam" }));
    expect(await ok.text()).toMatch(/^<DeleteRoleResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><ResponseMetadata>/);
    const missing = await handler(await request("Action=GetRole&Version=2010-05-08&RoleName=ghost", { service: "iam" }));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(
      /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type><Code>NoSuchEntity<\/Code><Message>The role with name ghost cannot be found\.<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
  });

  it("answers InvalidAction for unknown, inherited or wrong-version operations", async () => {
    const { handler } = setup();
    for (const [body, message] of [
      ["Action=AssumeRoot&Version=2011-06-15", "Could not find operation AssumeRoot for version 2011-06-15"],
      ["Action=toString&Version=2011-06-15", "Could not find operation toString for version 2011-06-15"],
      ["Action=GetCallerIdentity", "Could not find operation GetCallerIdentity for version NO_VERSION_SPECIFIED"],
      ["Action=GetCallerIdentity&Version=2099-01-01", "Could not find operation GetCallerIdentity for version 2099-01-01"],
    ]) {
      const res = await handler(await request(body));
      expect(res.status).toBe(400);
      const xml = await res.text();
      expect(xml).toContain("<Code>InvalidAction</Code>");
      expect(xml).toContain(`<Message>${message}</Message>`);
    }
  });

  it("answers MissingAction when Action is absent", async () => {
    const { handler } = setup();
    const res = await handler(await request("Version=2011-06-15"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<Code>MissingAction</Code>");
  });

  it("authenticates before dispatching, and checks the scope against the Version's service", async () => {
    const { handler, records } = setup();
    const unsigned = await handler(await request("Action=AssumeRoot&Version=2010-05-08", { unsigned: true }));
    expect(unsigned.status).toBe(403);
    const text = await unsigned.text();
    expect(text).toContain('xmlns="https://iam.amazonaws.com/doc/2010-05-08/"');
    expect(text).toContain("<Code>MissingAuthenticationToken</Code><Message>Request is missing Authentication Token</Message>");
    const crossed = await handler(await request("Action=DeleteRole&Version=2010-05-08", { service: "sts" }));
    expect(await crossed.text()).toContain("<Code>SignatureDoesNotMatch</Code><Message>Credential should be scoped to correct service: &apos;iam&apos;. </Message>");
    const badSecret = await handler(await request("Action=GetCallerIdentity&Version=2011-06-15", { secret: "nope" }));
    expect(badSecret.status).toBe(403);
    expect(await badSecret.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
    expect(records.map((r) => r.errorCode)).toEqual(["MissingAuthenticationToken", "SignatureDoesNotMatch", "SignatureDoesNotMatch"]);
    expect(records[2]).toMatchObject({ action: "GetCallerIdentity", accessKeyId: "AKIAHANDLERTEST00001", status: 403 });
    expect(records[2].caller).toBeUndefined();
    expect(records.map((r) => r.service)).toEqual(["iam", "iam", "sts"]);
  });

  it("passes action validation errors through", async () => {
    const { handler } = setup();
    const res = await handler(await request("Action=Echo&Version=2011-06-15&Value=toolong"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      "<Message>1 validation error detected: Value &apos;toolong&apos; at &apos;value&apos; failed to satisfy constraint: Member must have length less than or equal to 5</Message>",
    );
  });

  it("turns unexpected exceptions into a generic ServiceFailure 500 and logs them", async () => {
    const { handler, logged, records } = setup();
    const res = await handler(await request("Action=Explode&Version=2011-06-15"));
    expect(res.status).toBe(500);
    const xml = await res.text();
    expect(xml).toContain("<Type>Receiver</Type><Code>ServiceFailure</Code>");
    expect(xml).not.toContain("fire");
    expect(logged).toHaveLength(1);
    expect(records[0].errorCode).toBe("ServiceFailure");
  });

  // https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html: ServiceUnavailable, 503.
  it("answers a lost store as ServiceUnavailable (503, retried by the SDKs), without driver text", async () => {
    const { handler, records, logged } = setup();
    const res = await handler(await request("Action=Unreachable&Version=2011-06-15"));
    expect(res.status).toBe(503);
    const xml = await res.text();
    expect(xml).toContain(
      "<Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>The request has failed due to a temporary failure of the server.</Message>",
    );
    expect(xml).not.toMatch(/ECONNREFUSED|55400/);
    expect(logged).toEqual(["connect ECONNREFUSED 127.0.0.1:55400"]);
    expect(records[0].errorCode).toBe("ServiceUnavailable");
  });

  it("serves a presigned GET (EKS-token style) from the query string alone", async () => {
    const { handler } = setup();
    const signer = new SignatureV4({
      credentials: { accessKeyId: "AKIAHANDLERTEST00001", secretAccessKey: "secret-1" },
      region: "us-east-1",
      service: "sts",
      sha256: Sha256,
    });
    const presigned = await signer.presign(
      {
        method: "GET",
        protocol: "http:",
        hostname: "localhost",
        port: 3000,
        path: "/api/aws",
        query: { Action: "GetCallerIdentity", Version: "2011-06-15" },
        headers: { host: "localhost:3000" },
      },
      { signingDate: NOW, expiresIn: 60 },
    );
    const url = new URL("http://localhost:3000/api/aws");
    for (const [k, v] of Object.entries(presigned.query ?? {})) url.searchParams.set(k, String(v));
    const res = await handler(new Request(url, { method: "GET", headers: { host: "localhost:3000" } }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<Arn>arn:aws:iam::123456789012:user/AKIAHANDLERTEST00001</Arn>");
  });

  it("verifies against the path the client signed when a rewrite moved it", async () => {
    const base = setup();
    const req = await request("Action=GetCallerIdentity&Version=2011-06-15", { url: "http://localhost:3000/" });
    const moved = new Request("http://localhost:3000/api/aws", { method: "POST", headers: req.headers, body: await req.text() });
    expect((await base.handler(moved.clone())).status).toBe(403);
    const rewritten = createQueryHandler<null>({
      lookup: async (id) => (KEYS[id] ? { secretAccessKey: KEYS[id] } : null),
      resolveCaller: async () => null,
      actions: { sts: { GetCallerIdentity: async () => ({}) } },
      now: () => NOW,
      signedPath: () => "/",
    });
    expect((await rewritten(moved)).status).toBe(200);
  });

  it("keeps answering when the activity hook throws", async () => {
    const logged: unknown[] = [];
    const handler = createQueryHandler<null>({
      lookup: async () => ({ secretAccessKey: "secret-1" }),
      resolveCaller: async () => null,
      actions: { sts: { GetCallerIdentity: async () => ({}) } },
      now: () => NOW,
      logError: (_m, e) => logged.push(e),
      onCall: () => {
        throw new Error("log store down");
      },
    });
    const res = await handler(await request("Action=GetCallerIdentity&Version=2011-06-15"));
    expect(res.status).toBe(200);
    expect(logged).toHaveLength(1);
  });
});
