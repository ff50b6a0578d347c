// A console route's request as the API call it is recorded as (spec §1.1): the action names the
// event source and name; the route's path parameters become the API's members [INF].
import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { stableSessionKeyId } from "@/lib/ids";
import { apiResult, consoleEventOf, consoleTrailCall, pathRequest } from "./console-call";
import { buildTrailRecords } from "./record";

const admin: Caller = { kind: "user", accountId: "111111111111", arn: "arn:aws:iam::111111111111:user/admin", userId: "AIDAADMIN", userName: "admin", mfa: false, via: "console", sourceIp: "192.0.2.1", userAgent: "Mozilla/5.0" };

describe("consoleEventOf", () => {
  it("maps the action's prefix to its service's event source", () => {
    expect(consoleEventOf("iam:ListRoles")).toEqual({ eventSource: "iam.amazonaws.com", eventName: "ListRoles" });
    expect(consoleEventOf("sts:AssumeRole")).toEqual({ eventSource: "sts.amazonaws.com", eventName: "AssumeRole" });
    expect(consoleEventOf("access-analyzer:ValidatePolicy")).toEqual({ eventSource: "access-analyzer.amazonaws.com", eventName: "ValidatePolicy" });
    expect(consoleEventOf("cloudtrail:LookupEvents")).toEqual({ eventSource: "cloudtrail.amazonaws.com", eventName: "LookupEvents" });
    expect(consoleEventOf("organizations:DescribeOrganization")?.eventSource).toBe("organizations.amazonaws.com");
  });
  it("records nothing for the console's own labels", () => {
    expect(consoleEventOf("console:ListCatalogServices")).toBeNull();
    expect(consoleEventOf("signin:SwitchBack")).toBeNull();
    expect(consoleEventOf("iam:")).toBeNull();
  });
});

describe("pathRequest", () => {
  it("names path parameters as the API does", () => {
    expect(pathRequest("/api/console/roles/Deploy", { name: "Deploy" })).toEqual({ RoleName: "Deploy" });
    expect(pathRequest("/api/console/users/alice/access-keys/AKIAEXAMPLE", { name: "alice", keyId: "AKIAEXAMPLE" })).toEqual({ UserName: "alice", AccessKeyId: "AKIAEXAMPLE" });
    expect(pathRequest("/api/console/users/alice/ssh-public-keys/APKAEXAMPLE", { name: "alice", keyId: "APKAEXAMPLE" })).toEqual({ UserName: "alice", SSHPublicKeyId: "APKAEXAMPLE" });
    expect(pathRequest("/api/console/groups/devs/policies", { name: "devs" })).toEqual({ GroupName: "devs" });
    const arn = "arn:aws:iam::111111111111:policy/p";
    expect(pathRequest(`/api/console/policies/${encodeURIComponent(arn)}/versions/v2`, { arn, versionId: "v2" })).toEqual({ PolicyArn: arn, VersionId: "v2" });
  });
  it("is null without parameters it knows", () => {
    expect(pathRequest("/api/console/roles", {})).toBeNull();
    expect(pathRequest("/api/console/roles", undefined)).toBeNull();
    expect(pathRequest("/api/console/catalog/services/s3", { service: "s3" })).toBeNull();
  });
});

describe("consoleTrailCall", () => {
  const base = { caller: admin, requestId: "r-1", at: new Date("2026-11-22T10:00:00Z"), params: { name: "Deploy" }, pathname: "/api/console/roles/Deploy" };
  it("a console call: the caller's address and User-Agent, fromConsole, the path's parameters", () => {
    expect(consoleTrailCall({ ...base, action: "iam:GetRole" })).toEqual({
      eventTime: base.at,
      eventSource: "iam.amazonaws.com",
      eventName: "GetRole",
      awsRegion: "us-east-1",
      actor: { kind: "caller", caller: admin },
      sourceIPAddress: "192.0.2.1",
      userAgent: "Mozilla/5.0",
      requestId: "r-1",
      request: { RoleName: "Deploy" },
      response: null,
      fromConsole: true,
    });
  });
  it("a route's own description wins; a failure carries the error and no response", () => {
    const call = consoleTrailCall({
      ...base,
      action: "iam:CreateProvider",
      trail: { eventName: "CreateSAMLProvider", request: { Name: "corp" }, response: { SAMLProviderArn: "arn" } },
      failure: { error: { code: "AccessDenied", message: "no" }, decision: "enc" },
    });
    expect(call).toMatchObject({ eventName: "CreateSAMLProvider", request: { Name: "corp" }, response: null, error: { code: "AccessDenied", message: "no" }, decision: "enc" });
  });
  it("a role session's console call names its access key; an unknown address is said so", () => {
    const session: Caller = { ...admin, kind: "assumed-role", sourceIp: undefined, session: { accessKeyId: "ASIAEXAMPLE", name: "admin", issuedAt: new Date(), expiresAt: new Date(), sessionPolicyArns: [] } };
    expect(consoleTrailCall({ ...base, caller: session, action: "iam:GetRole" })).toMatchObject({ accessKeyId: "ASIAEXAMPLE", sourceIPAddress: "unknown" });
  });
});

// An IAM user's (or root's) console call is signed with the console session's temporary credentials:
// CloudTrail shows an ASIA… accessKeyId and a sessionContext whose attributes carry the session's
// creationDate and mfaAuthenticated (spec §1.3 IAMUser "session credentials add sessionContext";
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
describe("a signed-in user's console session", () => {
  const signedInAt = new Date("2026-11-22T09:30:00Z");
  const key = stableSessionKeyId(`${admin.arn}\0${signedInAt.getTime()}`);
  const user: Caller = { ...admin, mfa: true, consoleSession: { accessKeyId: key, issuedAt: signedInAt } };
  const at = new Date("2026-11-22T10:00:00Z");

  it("records the session's ASIA key and its sessionContext, like AWS's console calls", () => {
    const call = consoleTrailCall({ action: "iam:ListRoles", caller: user, requestId: "r-2", at, params: {}, pathname: "/api/console/roles" })!;
    const [record] = buildTrailRecords(call);
    expect(key).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(record.accessKeyId).toBe(key);
    expect(JSON.parse(record.cloudTrailEvent).userIdentity).toEqual({
      type: "IAMUser",
      principalId: "AIDAADMIN",
      arn: admin.arn,
      accountId: "111111111111",
      accessKeyId: key,
      userName: "admin",
      sessionContext: { sessionIssuer: {}, webIdFederationData: {}, attributes: { creationDate: "2026-11-22T09:30:00Z", mfaAuthenticated: "true" } },
    });
    expect(record.cloudTrailEvent).toContain('"accountId":"111111111111","accessKeyId":"ASIA');
  });

  it("one sign-in, one key; the next sign-in another", () => {
    expect(stableSessionKeyId(`${admin.arn}\0${signedInAt.getTime()}`)).toBe(key);
    expect(stableSessionKeyId(`${admin.arn}\0${signedInAt.getTime() + 1}`)).not.toBe(key);
  });

  it("a switched role's session key wins over the console session's", () => {
    const session = { accessKeyId: "ASIAROLESESSION00001", name: "admin", issuedAt: at, expiresAt: at, sessionPolicyArns: [] };
    const role: Caller = { ...user, kind: "assumed-role", role: { id: "AROAX", arn: "arn:aws:iam::111111111111:role/R", name: "R" }, session };
    const call = consoleTrailCall({ action: "iam:ListRoles", caller: role, requestId: "r-3", at, params: {}, pathname: "/api/console/roles" })!;
    expect([call.accessKeyId, call.sessionCreatedAt]).toEqual(["ASIAROLESESSION00001", undefined]);
  });
});

describe("apiResult", () => {
  it("keeps the API's result member of a console result, nothing else", () => {
    expect(apiResult({ Role: { RoleName: "r" }, AttachedPolicyArns: [] }, "Role")).toEqual({ Role: { RoleName: "r" } });
    expect(apiResult({ ok: true }, "Role")).toBeNull();
    expect(apiResult(undefined, "Role")).toBeNull();
  });
});
