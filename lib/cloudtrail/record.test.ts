// The record builder against the spec's examples A–G (observability-spec.md §1.4, shapes from real
// records and https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html), field
// by field, with ids and time injected.
import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { buildTrailRecords, toJson } from "./record";
import type { TrailCall } from "./types";

const ID = "111122223333";
const WL = "444455556666";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const alice: Caller = { kind: "user", accountId: ID, arn: `arn:aws:iam::${ID}:user/alice`, userId: "AIDAEXAMPLEALICE0001", userName: "alice", mfa: false, via: "api" };
const bob: Caller = { ...alice, arn: `arn:aws:iam::${ID}:user/bob`, userId: "AIDAEXAMPLEBOB000001", userName: "bob" };
const CLI = "aws-cli/2.31.0 Python/3.13.7 Linux/6.8 command/sts.assume-role";
const at = new Date("2026-11-22T10:15:03Z");
const TLS = { tlsVersion: "TLSv1.3", cipherSuite: "TLS_AES_128_GCM_SHA256", clientProvidedHostHeader: "sts.us-east-1.amazonaws.com" };

const credentials = (key: string) => ({ AccessKeyId: key, SecretAccessKey: SECRET, SessionToken: "IQoJ…", Expiration: new Date("2026-11-22T11:15:03Z") });

const assumeA: TrailCall = {
  eventTime: at,
  eventSource: "sts.amazonaws.com",
  eventName: "AssumeRole",
  awsRegion: "us-east-1",
  actor: { kind: "caller", caller: alice },
  accessKeyId: "AKIAEXAMPLEALICE0001",
  sourceIPAddress: "203.0.113.10",
  userAgent: CLI,
  requestId: "8c1f0e4a-…",
  request: { RoleArn: `arn:aws:iam::${ID}:role/Admin`, RoleSessionName: "alice" },
  response: {
    Credentials: credentials("ASIAEXAMPLESESSION01"),
    AssumedRoleUser: { AssumedRoleId: "AROAEXAMPLEADMIN0001:alice", Arn: `arn:aws:sts::${ID}:assumed-role/Admin/alice` },
  },
  resourceAccountId: ID,
  tls: TLS,
};

const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;

describe("buildTrailRecords: spec examples", () => {
  it("A. AssumeRole succeeds, same account: the exact JSON text, one record", () => {
    const records = buildTrailRecords(assumeA, { eventIds: ["5e0b7d12-…"] });
    expect(records).toHaveLength(1);
    expect(records[0].cloudTrailEvent).toBe(
      '{"eventVersion":"1.11","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","accessKeyId":"AKIAEXAMPLEALICE0001","userName":"alice"},' +
        '"eventTime":"2026-11-22T10:15:03Z","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.10","userAgent":"aws-cli/2.31.0 Python/3.13.7 Linux/6.8 command/sts.assume-role",' +
        '"requestParameters":{"roleArn":"arn:aws:iam::111122223333:role/Admin","roleSessionName":"alice"},' +
        '"responseElements":{"credentials":{"accessKeyId":"ASIAEXAMPLESESSION01","sessionToken":"IQoJ…","expiration":"Nov 22, 2026, 11:15:03 AM"},"assumedRoleUser":{"assumedRoleId":"AROAEXAMPLEADMIN0001:alice","arn":"arn:aws:sts::111122223333:assumed-role/Admin/alice"}},' +
        '"requestID":"8c1f0e4a-…","eventID":"5e0b7d12-…","readOnly":true,"resources":[{"accountId":"111122223333","type":"AWS::IAM::Role","ARN":"arn:aws:iam::111122223333:role/Admin"}],' +
        '"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management",' +
        '"tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"sts.us-east-1.amazonaws.com"}}',
    );
    const r = records[0];
    expect(r).toMatchObject({ eventId: "5e0b7d12-…", accountId: ID, eventName: "AssumeRole", eventSource: "sts.amazonaws.com", readOnly: true, username: "alice", accessKeyId: "AKIAEXAMPLEALICE0001", requestId: "8c1f0e4a-…" });
    expect(r.sharedEventId).toBeUndefined();
    expect(r.errorCode).toBeUndefined();
    // §1.6: the new key, three AssumedRole names, the role.
    expect(r.resources).toEqual([
      { type: "AWS::IAM::AccessKey", name: "ASIAEXAMPLESESSION01" },
      { type: "AWS::STS::AssumedRole", name: "alice" },
      { type: "AWS::STS::AssumedRole", name: "AROAEXAMPLEADMIN0001:alice" },
      { type: "AWS::STS::AssumedRole", name: `arn:aws:sts::${ID}:assumed-role/Admin/alice` },
      { type: "AWS::IAM::Role", name: `arn:aws:iam::${ID}:role/Admin` },
    ]);
  });

  it("B. AssumeRole AccessDenied: the message, null parameters and response, no resources, decision outside the JSON", () => {
    const message = `User: arn:aws:iam::${ID}:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ID}:role/Admin`;
    const [r, more] = buildTrailRecords(
      { ...assumeA, actor: { kind: "caller", caller: bob }, accessKeyId: "AKIAEXAMPLEBOB000001", response: null, error: { code: "AccessDenied", message }, decision: "ENCODED-DECISION" },
      { eventIds: ["e-b"] },
    );
    expect(more).toBeUndefined();
    const json = parse(r.cloudTrailEvent);
    expect(Object.keys(json)).toEqual([
      "eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent",
      "errorCode", "errorMessage", "requestParameters", "responseElements", "requestID", "eventID", "readOnly",
      "eventType", "managementEvent", "recipientAccountId", "eventCategory", "tlsDetails",
    ]);
    expect(json.errorCode).toBe("AccessDenied");
    expect(json.errorMessage).toBe(message);
    expect(json.requestParameters).toBeNull();
    expect(json.responseElements).toBeNull();
    expect(json).not.toHaveProperty("resources");
    expect(r.errorCode).toBe("AccessDenied");
    expect(r.decision).toBe("ENCODED-DECISION");
    expect(r.cloudTrailEvent).not.toContain("ENCODED-DECISION");
  });

  it("C. cross-account AssumeRole: two records sharing requestID and sharedEventID; the role account sees an AWSAccount", () => {
    const call: TrailCall = {
      ...assumeA,
      request: { RoleArn: `arn:aws:iam::${WL}:role/Deploy`, RoleSessionName: "alice", SerialNumber: `arn:aws:iam::${ID}:mfa/alice`, TokenCode: "123456", SourceIdentity: "alice", ExternalId: "ext-7431" },
      response: {
        Credentials: credentials("ASIAEXAMPLEDEPLOY001"),
        AssumedRoleUser: { AssumedRoleId: "AROAEXAMPLEDEPLOY001:alice", Arn: `arn:aws:sts::${WL}:assumed-role/Deploy/alice` },
        SourceIdentity: "alice",
      },
      resourceAccountId: WL,
    };
    const records = buildTrailRecords(call, { eventIds: ["e-caller", "e-role"], sharedEventId: "9b77e0c2-…" });
    expect(records.map((r) => [r.accountId, r.eventId, r.sharedEventId, r.requestId])).toEqual([
      [ID, "e-caller", "9b77e0c2-…", "8c1f0e4a-…"],
      [WL, "e-role", "9b77e0c2-…", "8c1f0e4a-…"],
    ]);
    const [mine, theirs] = records.map((r) => parse(r.cloudTrailEvent));
    expect(mine.userIdentity).toMatchObject({ type: "IAMUser", userName: "alice" });
    expect(mine.recipientAccountId).toBe(ID);
    expect(theirs.userIdentity).toEqual({ type: "AWSAccount", principalId: "AIDAEXAMPLEALICE0001", accountId: ID });
    expect(theirs.requestParameters).toEqual({ roleArn: `arn:aws:iam::${WL}:role/Deploy`, roleSessionName: "alice", serialNumber: `arn:aws:iam::${ID}:mfa/alice`, sourceIdentity: "alice", externalId: "ext-7431" });
    expect(theirs.resources).toEqual([{ accountId: WL, type: "AWS::IAM::Role", ARN: `arn:aws:iam::${WL}:role/Deploy` }]);
    expect(theirs.recipientAccountId).toBe(WL);
    expect(theirs.sharedEventID).toBe("9b77e0c2-…");
    expect(mine.sharedEventID).toBe("9b77e0c2-…");
    expect(Object.keys(theirs).indexOf("sharedEventID")).toBe(Object.keys(theirs).indexOf("recipientAccountId") + 1);
    expect((mine.responseElements as Record<string, unknown>).sourceIdentity).toBe("alice");
    // The caller's key and name stay in the caller's account.
    expect(records[1].accessKeyId).toBeUndefined();
    expect([records[0].username, records[1].username]).toEqual(["alice", undefined]);
    for (const r of records) expect(r.cloudTrailEvent).not.toMatch(/tokenCode|123456|secretAccessKey/);
  });

  it("C'. a denied cross-account call stays in the caller's account", () => {
    const records = buildTrailRecords({ ...assumeA, request: { RoleArn: `arn:aws:iam::${WL}:role/Deploy`, RoleSessionName: "a" }, response: null, error: { code: "AccessDenied", message: "no" }, resourceAccountId: WL });
    expect(records.map((r) => r.accountId)).toEqual([ID]);
  });

  it("D. AssumeRoleWithWebIdentity: WebIdentityUser, the provider ARN, no token; recorded in the role's account", () => {
    const provider = `arn:aws:iam::${WL}:oidc-provider/token.actions.githubusercontent.com`;
    const sub = "repo:acme/app:ref:refs/heads/main";
    const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJl";
    const [r, more] = buildTrailRecords({
      ...assumeA,
      eventName: "AssumeRoleWithWebIdentity",
      actor: { kind: "web-identity", caller: { kind: "anonymous", federatedProvider: provider }, identityProvider: provider, audience: "sts.amazonaws.com", subject: sub },
      accessKeyId: undefined,
      request: { RoleArn: `arn:aws:iam::${WL}:role/GitHubDeploy`, RoleSessionName: "GitHubActions", WebIdentityToken: token, DurationSeconds: 3600 },
      response: {
        Credentials: credentials("ASIAEXAMPLEGITHUB001"),
        AssumedRoleUser: { AssumedRoleId: "AROAEXAMPLEGITHUB001:GitHubActions", Arn: `arn:aws:sts::${WL}:assumed-role/GitHubDeploy/GitHubActions` },
        SubjectFromWebIdentityToken: sub,
        Provider: "https://token.actions.githubusercontent.com",
        Audience: "sts.amazonaws.com",
      },
      resourceAccountId: WL,
    });
    expect(more).toBeUndefined();
    expect(r.accountId).toBe(WL);
    expect(r.username).toBe(sub);
    const json = parse(r.cloudTrailEvent);
    expect(json.eventName).toBe("AssumeRoleWithWebIdentity");
    expect(json.userIdentity).toEqual({ type: "WebIdentityUser", principalId: `${provider}:sts.amazonaws.com:${sub}`, userName: sub, identityProvider: provider });
    expect(json.requestParameters).toEqual({ roleArn: `arn:aws:iam::${WL}:role/GitHubDeploy`, roleSessionName: "GitHubActions", durationSeconds: 3600 });
    expect(json.responseElements).toMatchObject({ subjectFromWebIdentityToken: sub, audience: "sts.amazonaws.com", provider, credentials: { accessKeyId: "ASIAEXAMPLEGITHUB001" } });
    expect(r.cloudTrailEvent).not.toContain(token);
    expect(r.cloudTrailEvent).not.toContain(SECRET);
  });

  it("E. ConsoleLogin with MFA: sign-in shape (1.08, no key, no requestID, no resources, readOnly false)", () => {
    const [r] = buildTrailRecords(
      {
        eventTime: at,
        eventSource: "signin.amazonaws.com",
        eventName: "ConsoleLogin",
        awsRegion: "us-east-1",
        actor: { kind: "caller", caller: alice },
        sourceIPAddress: "203.0.113.10",
        userAgent: "Mozilla/5.0 …",
        responseElements: { ConsoleLogin: "Success" },
        additionalEventData: { LoginTo: "https://<clone>/console/home", MobileVersion: "No", MFAIdentifier: `arn:aws:iam::${ID}:mfa/alice`, MFAUsed: "Yes" },
      },
      { eventIds: ["e-e"] },
    );
    expect(r.cloudTrailEvent).toBe(
      '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEALICE0001","arn":"arn:aws:iam::111122223333:user/alice","accountId":"111122223333","userName":"alice"},' +
        '"eventTime":"2026-11-22T10:15:03Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.10","userAgent":"Mozilla/5.0 …",' +
        '"requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},' +
        '"additionalEventData":{"LoginTo":"https://<clone>/console/home","MobileVersion":"No","MFAIdentifier":"arn:aws:iam::111122223333:mfa/alice","MFAUsed":"Yes"},' +
        '"eventID":"e-e","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management"}',
    );
    expect(r.resources).toEqual([]);
    expect(r.readOnly).toBe(false);
  });

  it("F. SwitchRole: recorded in the role's account under the session's identity", () => {
    const session: Caller = {
      kind: "assumed-role",
      accountId: WL,
      arn: `arn:aws:sts::${WL}:assumed-role/Deploy/alice`,
      role: { id: "AROAEXAMPLEDEPLOY001", arn: `arn:aws:iam::${WL}:role/Deploy`, name: "Deploy" },
      mfa: false,
      via: "console",
    };
    const [r] = buildTrailRecords({
      eventTime: at,
      eventSource: "signin.amazonaws.com",
      eventName: "SwitchRole",
      awsRegion: "us-east-1",
      actor: { kind: "caller", caller: session },
      sourceIPAddress: "203.0.113.10",
      userAgent: "Mozilla/5.0 …",
      responseElements: { SwitchRole: "Success" },
      additionalEventData: { SwitchFrom: alice.arn, RedirectTo: "https://<clone>/console/home" },
    });
    const json = parse(r.cloudTrailEvent);
    expect(json.eventVersion).toBe("1.08");
    expect(json.userIdentity).toEqual({ type: "AssumedRole", principalId: "AROAEXAMPLEDEPLOY001:alice", arn: `arn:aws:sts::${WL}:assumed-role/Deploy/alice`, accountId: WL });
    expect(json.responseElements).toEqual({ SwitchRole: "Success" });
    expect(json.additionalEventData).toEqual({ SwitchFrom: alice.arn, RedirectTo: "https://<clone>/console/home" });
    expect(json.eventType).toBe("AwsConsoleSignIn");
    expect(json.recipientAccountId).toBe(WL);
    expect(r.username).toBe("alice");
  });

  it("G. CreateRole: IAM 1.09, camelCase request, URL-encoded document and IAM date in the response, no JSON resources", () => {
    const trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}';
    const [r] = buildTrailRecords({
      ...assumeA,
      eventSource: "iam.amazonaws.com",
      eventName: "CreateRole",
      tls: undefined,
      request: { RoleName: "Deploy", AssumeRolePolicyDocument: trust },
      response: {
        Role: { Path: "/", RoleName: "Deploy", RoleId: "AROAEXAMPLEDEPLOY001", Arn: `arn:aws:iam::${ID}:role/Deploy`, CreateDate: new Date("2026-11-22T10:01:41Z"), AssumeRolePolicyDocument: encodeURIComponent(trust) },
      },
      resourceAccountId: undefined,
    });
    const json = parse(r.cloudTrailEvent);
    expect(json.eventVersion).toBe("1.09");
    expect(json.eventSource).toBe("iam.amazonaws.com");
    expect(json.requestParameters).toEqual({ roleName: "Deploy", assumeRolePolicyDocument: trust });
    expect(json.responseElements).toEqual({
      role: { path: "/", roleName: "Deploy", roleId: "AROAEXAMPLEDEPLOY001", arn: `arn:aws:iam::${ID}:role/Deploy`, createDate: "Nov 22, 2026 10:01:41 AM", assumeRolePolicyDocument: encodeURIComponent(trust) },
    });
    expect((json.responseElements as { role: { assumeRolePolicyDocument: string } }).role.assumeRolePolicyDocument).toMatch(/^%7B%22Version%22%3A/);
    expect(json.readOnly).toBe(false);
    expect(json).not.toHaveProperty("resources");
    expect(json).not.toHaveProperty("tlsDetails");
    expect(r.resources).toEqual([{ type: "AWS::IAM::Role", name: "Deploy" }]);
  });
});

describe("buildTrailRecords: rules", () => {
  const iamCall = (eventName: string, request: Record<string, unknown>, response: Record<string, unknown> | null): TrailCall => ({
    ...assumeA,
    eventSource: "iam.amazonaws.com",
    eventName,
    request,
    response,
    resourceAccountId: undefined,
    tls: undefined,
  });

  it("reads log no response; writes do; Get/List/AssumeRole are read-only", () => {
    const [get] = buildTrailRecords(iamCall("GetRole", { RoleName: "Deploy" }, { Role: { RoleName: "Deploy" } }));
    expect(parse(get.cloudTrailEvent).responseElements).toBeNull();
    expect(get.readOnly).toBe(true);
    const [list] = buildTrailRecords(iamCall("ListRoles", {}, { Roles: [] }));
    expect(parse(list.cloudTrailEvent).requestParameters).toBeNull();
    expect(list.readOnly).toBe(true);
    const [del] = buildTrailRecords(iamCall("DeleteRole", { RoleName: "Deploy" }, null));
    expect(del.readOnly).toBe(false);
    expect(parse(del.cloudTrailEvent).responseElements).toBeNull();
  });

  it("CreateAccessKey: the new key is logged without its secret", () => {
    const [r] = buildTrailRecords(
      iamCall("CreateAccessKey", { UserName: "alice" }, { AccessKey: { UserName: "alice", AccessKeyId: "AKIANEWKEY0000000001", Status: "Active", SecretAccessKey: SECRET, CreateDate: new Date("2024-08-01T13:37:41Z") } }),
    );
    expect(parse(r.cloudTrailEvent).responseElements).toEqual({ accessKey: { userName: "alice", accessKeyId: "AKIANEWKEY0000000001", status: "Active", createDate: "Aug 1, 2024 1:37:41 PM" } });
    expect(r.cloudTrailEvent).not.toMatch(/secretAccessKey|wJalr/i);
    expect(r.resources).toEqual([
      { type: "AWS::IAM::User", name: "alice" },
      { type: "AWS::IAM::AccessKey", name: "AKIANEWKEY0000000001" },
    ]);
  });

  it("GetSessionToken issues credentials: response logged (STS date), secret and MFA code not", () => {
    const [r] = buildTrailRecords({ ...assumeA, eventName: "GetSessionToken", request: { DurationSeconds: 900, SerialNumber: `arn:aws:iam::${ID}:mfa/alice`, TokenCode: "654321" }, response: { Credentials: credentials("ASIAEXAMPLESESSION02") }, resourceAccountId: undefined });
    const json = parse(r.cloudTrailEvent);
    expect(json.requestParameters).toEqual({ durationSeconds: 900, serialNumber: `arn:aws:iam::${ID}:mfa/alice` });
    expect(json.responseElements).toEqual({ credentials: { accessKeyId: "ASIAEXAMPLESESSION02", sessionToken: "IQoJ…", expiration: "Nov 22, 2026, 11:15:03 AM" } });
    expect(json.readOnly).toBe(true);
    expect(json).not.toHaveProperty("resources");
    expect(r.cloudTrailEvent).not.toMatch(/654321|tokenCode|secretAccessKey/);
    expect(r.resources).toEqual([{ type: "AWS::IAM::AccessKey", name: "ASIAEXAMPLESESSION02" }]);
  });

  it("secrets are dropped at any depth and in any case; passwords, private keys, SAML assertions, MFA seeds", () => {
    const request = {
      UserName: "alice",
      Password: "Hunter2!Hunter2!",
      Nested: [{ privateKey: "-----BEGIN PRIVATE KEY-----", SAMLAssertion: "PHNhbWw+" }],
      AuthenticationCode1: "111111",
    };
    const [r] = buildTrailRecords(iamCall("CreateLoginProfile", request, { VirtualMFADevice: { SerialNumber: "arn:aws:iam::1:mfa/a", Base32StringSeed: "SEEDSEED", QRCodePNG: "PNGDATA" } }));
    expect(r.cloudTrailEvent).not.toMatch(/Hunter2|BEGIN PRIVATE|PHNhbWw|111111|SEEDSEED|PNGDATA|password"|privateKey|assertion/i);
    expect(parse(r.cloudTrailEvent).requestParameters).toEqual({ userName: "alice", nested: [{}] });
  });

  it("Maps keep their keys; numbers, booleans and list order survive", () => {
    const request = { Tags: [{ Key: "Team", Value: "blue" }], Attributes: new Map<string, unknown>([["2", "b"], ["1", "a"]]), MaxItems: 10, OnlyAttached: true };
    const [r] = buildTrailRecords(iamCall("ListPolicies", request, null));
    expect(r.cloudTrailEvent).toContain('"requestParameters":{"tags":[{"key":"Team","value":"blue"}],"attributes":{"2":"b","1":"a"},"maxItems":10,"onlyAttached":true}');
  });

  it("console calls carry sessionCredentialFromConsole last; user agents are cut at 1 KB", () => {
    const [r] = buildTrailRecords({ ...assumeA, fromConsole: true, userAgent: "x".repeat(5000) });
    const json = parse(r.cloudTrailEvent);
    expect(Object.keys(json).at(-1)).toBe("sessionCredentialFromConsole");
    expect(json.sessionCredentialFromConsole).toBe("true");
    expect((json.userAgent as string).length).toBe(1024);
  });

  it("root: userName is the alias; LookupEvents Username is root", () => {
    const root: Caller = { kind: "root", accountId: ID, arn: `arn:aws:iam::${ID}:root`, mfa: false, via: "api" };
    const [r] = buildTrailRecords({ ...iamCall("CreateUser", { UserName: "carol" }, null), actor: { kind: "caller", caller: root }, accountAlias: "acme" });
    expect(parse(r.cloudTrailEvent).userIdentity).toMatchObject({ type: "Root", userName: "acme" });
    expect(r.username).toBe("root");
  });

  it("AWSService: no Username", () => {
    const [r] = buildTrailRecords({ ...iamCall("DeleteServiceLinkedRole", { RoleName: "AWSServiceRoleForX" }, null), actor: { kind: "service", accountId: ID, invokedBy: "lambda.amazonaws.com" }, accessKeyId: undefined });
    expect(r.username).toBeUndefined();
    expect(parse(r.cloudTrailEvent).userIdentity).toEqual({ type: "AWSService", invokedBy: "lambda.amazonaws.com" });
    expect(r.accountId).toBe(ID);
  });

  it("AssumeRoleWithSAML: SAMLUser, the SAML provider among the resources, no assertion", () => {
    const provider = `arn:aws:iam::${WL}:saml-provider/Okta`;
    const [r] = buildTrailRecords({
      ...assumeA,
      eventName: "AssumeRoleWithSAML",
      accessKeyId: undefined,
      actor: { kind: "saml", caller: { kind: "anonymous", federatedProvider: provider }, nameQualifier: "Q1w2E3r4=", subject: "alice@example.com", identityProvider: provider },
      request: { RoleArn: `arn:aws:iam::${WL}:role/SamlDeploy`, PrincipalArn: provider, SAMLAssertion: "PHNhbWxwOlJlc3BvbnNlPg==" },
      response: { Credentials: credentials("ASIAEXAMPLESAML00001"), AssumedRoleUser: { AssumedRoleId: "AROAEXAMPLESAML00001:alice@example.com", Arn: `arn:aws:sts::${WL}:assumed-role/SamlDeploy/alice@example.com` } },
      resourceAccountId: WL,
    });
    const json = parse(r.cloudTrailEvent);
    expect(json.userIdentity).toEqual({ type: "SAMLUser", principalId: "Q1w2E3r4=:alice@example.com", userName: "alice@example.com", identityProvider: "Q1w2E3r4=" });
    expect(json.resources).toEqual([
      { accountId: WL, type: "AWS::IAM::Role", ARN: `arn:aws:iam::${WL}:role/SamlDeploy` },
      { accountId: WL, type: "AWS::IAM::SAMLProvider", ARN: provider },
    ]);
    expect(r.cloudTrailEvent).not.toContain("PHNhbWxw");
    expect(r.accountId).toBe(WL);
    expect(r.resources.at(-1)).toEqual({ type: "AWS::IAM::SAMLProvider", name: provider });
  });

  it("fresh UUIDs when none are given; toJson never reorders a Map", () => {
    const [a] = buildTrailRecords(assumeA);
    const [b] = buildTrailRecords(assumeA);
    expect(a.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.eventId).not.toBe(b.eventId);
    expect(toJson(new Map([["b", 1], ["a", 2]]))).toBe('{"b":1,"a":2}');
  });
});
