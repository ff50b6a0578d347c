// Every wire call becomes CloudTrail record(s) (observability-spec.md §1.1–§1.4): the real SDK v3
// over SigV4 against the real endpoint, the records read back through the store's lookup.
// Record contents: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
// IAM/STS events: https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateAccessKeyCommand, CreateRoleCommand, CreateSAMLProviderCommand, CreateUserCommand, ListUsersCommand } from "@aws-sdk/client-iam";
import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  STSClient,
} from "@aws-sdk/client-sts";
import { CloudTrailClient, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrailRecord } from "@/lib/cloudtrail/types";
import { ADMIN_111, createKey, createRole, fromResult, iamClient, sdkFailure, signedPost, startHarness, type Creds, type Harness } from "./testing";

let h: Harness;
let lookup: typeof import("@/lib/data/trail-events").lookupTrailEvents;
const A = "111111111111";
const B = "222222222222";
const ADMIN_ARN = `arn:aws:iam::${A}:user/admin`;
const TARGET = `arn:aws:iam::${A}:role/TrailTarget`;
const CROSS = `arn:aws:iam::${B}:role/TrailCross`;
const GITHUB = "https://token.actions.githubusercontent.com";
const GITHUB_ARN = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
const SUB = "repo:acme/app:ref:refs/heads/main";
const SAML_PROVIDER = `arn:aws:iam::${A}:saml-provider/TrailIdP`;
const SAML_ROLE = `arn:aws:iam::${A}:role/TrailSaml`;
const KEY_ORDER = [
  "eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "userAgent",
  "errorCode", "errorMessage", "requestParameters", "responseElements", "additionalEventData", "requestID", "eventID",
  "readOnly", "resources", "eventType", "apiVersion", "managementEvent", "recipientAccountId", "sharedEventID",
  "eventCategory", "tlsDetails", "sessionCredentialFromConsole",
];
/** Every secret the tests saw issued or sent: none may appear in any record. */
const secrets: string[] = [];

let bob: Creds;
let mintToken: (input: { audience?: string }) => Promise<string>;
let mintAssertion: () => Promise<string>;

const sts = (creds?: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const anonymous = () => new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 });
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The records of one request, in every account that holds one. */
async function recordsOf(requestId: string | undefined, eventName: string, accounts = [A, B]): Promise<TrailRecord[]> {
  const out: TrailRecord[] = [];
  for (const accountId of accounts) {
    const page = await lookup({ accountId, attribute: { key: "EventName", value: eventName }, limit: 50 });
    out.push(...page.records.filter((r) => r.requestId === requestId));
  }
  return out;
}

const json = (r: TrailRecord): Json => JSON.parse(r.cloudTrailEvent) as Json;

function inKeyOrder(r: TrailRecord): void {
  const keys = Object.keys(json(r));
  expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
}

const trustFrom = (principal: object, action = "sts:AssumeRole") => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: principal, Action: action }] });

beforeAll(async () => {
  h = await startHarness();
  ({ lookupTrailEvents: lookup } = await import("@/lib/data/trail-events"));
  await createRole(h.db, { accountId: A, name: "TrailTarget", trust: trustFrom({ AWS: `arn:aws:iam::${A}:root` }) });
  await createRole(h.db, { accountId: B, name: "TrailCross", trust: trustFrom({ AWS: ADMIN_ARN }) });
  await iamClient(h.url, ADMIN_111).send(new CreateUserCommand({ UserName: "trail-bob" }));
  bob = await createKey(h.db, A, "trail-bob");

  const { mintSandboxToken } = await import("@/lib/sts/web-identity-token");
  mintToken = ({ audience = "sts.amazonaws.com" }) => mintSandboxToken({ issuer: GITHUB, subject: SUB, audience });
  await h.db.identityProvider.create({
    data: { arn: GITHUB_ARN, accountId: A, kind: "OIDC", name: "token.actions.githubusercontent.com", clientIds: JSON.stringify(["sts.amazonaws.com"]) },
  });
  await createRole(h.db, { accountId: A, name: "TrailGitHub", trust: trustFrom({ Federated: GITHUB_ARN }, "sts:AssumeRoleWithWebIdentity") });

  const saml = await import("@/lib/sts/saml-idp");
  const idp = await saml.sandboxSamlIdp(mkdtempSync(path.join(tmpdir(), "trail-saml-")));
  await iamClient(h.url, ADMIN_111).send(new CreateSAMLProviderCommand({ Name: "TrailIdP", SAMLMetadataDocument: saml.samlIdpMetadata(idp) }));
  await createRole(h.db, { accountId: A, name: "TrailSaml", trust: trustFrom({ Federated: SAML_PROVIDER }, "sts:AssumeRoleWithSAML") });
  mintAssertion = () => saml.mintSamlAssertion({ roleArn: SAML_ROLE, providerArn: SAML_PROVIDER, sessionName: "carol", idp });
  secrets.push(ADMIN_111.secretAccessKey, bob.secretAccessKey);
}, 120_000);

afterAll(async () => h?.close());

describe("CloudTrail records of wire calls", () => {
  it("AssumeRole in the same account: one record, example A's shape, requestID = the response's RequestId", async () => {
    const out = await sts(ADMIN_111).send(new AssumeRoleCommand({ RoleArn: TARGET, RoleSessionName: "trail-a", DurationSeconds: 900 }));
    secrets.push(out.Credentials!.SecretAccessKey!);
    const records = await recordsOf(out.$metadata.requestId, "AssumeRole");
    expect(records).toHaveLength(1);
    const [r] = records;
    inKeyOrder(r);
    const e = json(r);
    const admin = await h.db.user.findFirstOrThrow({ where: { accountId: A, name: "admin" } });
    expect(e).toMatchObject({
      eventVersion: "1.11",
      userIdentity: { type: "IAMUser", principalId: admin.id, arn: ADMIN_ARN, accountId: A, accessKeyId: ADMIN_111.accessKeyId, userName: "admin" },
      eventSource: "sts.amazonaws.com",
      eventName: "AssumeRole",
      awsRegion: "us-east-1",
      sourceIPAddress: "127.0.0.1",
      requestParameters: { roleArn: TARGET, roleSessionName: "trail-a", durationSeconds: 900 },
      requestID: out.$metadata.requestId,
      eventID: r.eventId,
      readOnly: true,
      resources: [{ accountId: A, type: "AWS::IAM::Role", ARN: TARGET }],
      eventType: "AwsApiCall",
      managementEvent: true,
      recipientAccountId: A,
      eventCategory: "Management",
    });
    expect(e.userAgent).toMatch(/aws-sdk-js/);
    expect(e.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(e.responseElements).toEqual({
      credentials: { accessKeyId: out.Credentials!.AccessKeyId, sessionToken: out.Credentials!.SessionToken, expiration: expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d [AP]M$/) },
      assumedRoleUser: { assumedRoleId: out.AssumedRoleUser!.AssumedRoleId, arn: out.AssumedRoleUser!.Arn },
    });
    expect(e).not.toHaveProperty("tlsDetails");
    expect(r).toMatchObject({ accountId: A, readOnly: true, username: "admin", accessKeyId: ADMIN_111.accessKeyId });
    expect(r.resources.map((x) => x.type)).toEqual(["AWS::IAM::AccessKey", "AWS::STS::AssumedRole", "AWS::STS::AssumedRole", "AWS::STS::AssumedRole", "AWS::IAM::Role"]);
    expect(r.resources[0].name).toBe(out.Credentials!.AccessKeyId);
  });

  it("a denied AssumeRole: the exact message, null parameters, no resources; the decision kept beside the JSON", async () => {
    const p = sts(bob).send(new AssumeRoleCommand({ RoleArn: TARGET, RoleSessionName: "trail-b" }));
    const failure = await sdkFailure(p);
    const message = `User: arn:aws:iam::${A}:user/trail-bob is not authorized to perform: sts:AssumeRole on resource: ${TARGET}`;
    expect(failure).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(failure.message.startsWith(message)).toBe(true);
    const requestId = await p.catch((err: { $metadata: { requestId?: string } }) => err.$metadata.requestId);
    const [r, more] = await recordsOf(requestId as string, "AssumeRole");
    expect(more).toBeUndefined();
    inKeyOrder(r);
    const e = json(r);
    expect(e.errorCode).toBe("AccessDenied");
    expect(e.errorMessage).toBe(failure.message);
    expect(e.requestParameters).toBeNull();
    expect(e.responseElements).toBeNull();
    expect(e).not.toHaveProperty("resources");
    expect(r.errorCode).toBe("AccessDenied");
    expect(r.decision).toMatch(/\S{40,}/);
    expect(r.cloudTrailEvent).not.toContain(r.decision!);
  });

  it("a cross-account AssumeRole: two linked records, the role account's naming an AWSAccount", async () => {
    const out = await sts(ADMIN_111).send(new AssumeRoleCommand({ RoleArn: CROSS, RoleSessionName: "trail-c", ExternalId: "ext-7431" }));
    secrets.push(out.Credentials!.SecretAccessKey!);
    const records = await recordsOf(out.$metadata.requestId, "AssumeRole");
    expect(records.map((r) => r.accountId)).toEqual([A, B]);
    const [mine, theirs] = records;
    expect(mine.sharedEventId).toBeTruthy();
    expect(theirs.sharedEventId).toBe(mine.sharedEventId);
    expect(theirs.eventId).not.toBe(mine.eventId);
    const admin = await h.db.user.findFirstOrThrow({ where: { accountId: A, name: "admin" } });
    expect(json(theirs)).toMatchObject({
      userIdentity: { type: "AWSAccount", principalId: admin.id, accountId: A },
      requestParameters: { roleArn: CROSS, roleSessionName: "trail-c", externalId: "ext-7431" },
      resources: [{ accountId: B, type: "AWS::IAM::Role", ARN: CROSS }],
      recipientAccountId: B,
      sharedEventID: mine.sharedEventId,
      requestID: out.$metadata.requestId,
    });
    expect(json(mine)).toMatchObject({ userIdentity: { type: "IAMUser", userName: "admin" }, recipientAccountId: A, sharedEventID: mine.sharedEventId });
    expect(Object.keys(json(theirs).userIdentity)).toEqual(["type", "principalId", "accountId"]);
    inKeyOrder(theirs);
  });

  it("CreateRole: IAM's record with the URL-encoded document and IAM's date form", async () => {
    const doc = JSON.stringify(trustFrom({ Service: "ec2.amazonaws.com" }));
    const out = await iamClient(h.url, ADMIN_111).send(new CreateRoleCommand({ RoleName: "TrailCreated", AssumeRolePolicyDocument: doc }));
    const [r] = await recordsOf(out.$metadata.requestId, "CreateRole", [A]);
    const e = json(r);
    expect(e).toMatchObject({ eventVersion: "1.09", eventSource: "iam.amazonaws.com", awsRegion: "us-east-1", readOnly: false, requestParameters: { roleName: "TrailCreated", assumeRolePolicyDocument: doc } });
    expect(e.responseElements.role).toMatchObject({ path: "/", roleName: "TrailCreated", roleId: out.Role!.RoleId, arn: out.Role!.Arn });
    expect(decodeURIComponent(e.responseElements.role.assumeRolePolicyDocument)).toBe(doc);
    expect(e.responseElements.role.assumeRolePolicyDocument).toMatch(/^%7B%22Version%22%3A/);
    expect(e.responseElements.role.createDate).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M$/);
    expect(e).not.toHaveProperty("resources");
    expect(r.resources).toEqual([{ type: "AWS::IAM::Role", name: "TrailCreated" }]);
  });

  it("AssumeRoleWithWebIdentity: a WebIdentityUser in the role's account, no token", async () => {
    const token = await mintToken({});
    secrets.push(token);
    const out = await anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: `arn:aws:iam::${A}:role/TrailGitHub`, RoleSessionName: "gha", WebIdentityToken: token }));
    secrets.push(out.Credentials!.SecretAccessKey!);
    const [r] = await recordsOf(out.$metadata.requestId, "AssumeRoleWithWebIdentity", [A]);
    const e = json(r);
    expect(e.userIdentity).toEqual({ type: "WebIdentityUser", principalId: `${GITHUB_ARN}:sts.amazonaws.com:${SUB}`, userName: SUB, identityProvider: GITHUB_ARN });
    expect(e.requestParameters).toEqual({ roleArn: `arn:aws:iam::${A}:role/TrailGitHub`, roleSessionName: "gha" });
    expect(e.responseElements).toMatchObject({ subjectFromWebIdentityToken: SUB, audience: "sts.amazonaws.com", provider: GITHUB_ARN });
    expect(r).toMatchObject({ accountId: A, username: SUB });
    expect(r.accessKeyId).toBeUndefined();
    // The session's later calls name the provider in webIdFederationData (userIdentity fields,
    // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html);
    // an IAM OIDC provider's records carry no attributes [OBS].
    const me = await sts(fromResult(out.Credentials)).send(new GetCallerIdentityCommand({}));
    const [later] = await recordsOf(me.$metadata.requestId, "GetCallerIdentity", [A]);
    expect(Object.keys(json(later).userIdentity.sessionContext)).toEqual(["sessionIssuer", "webIdFederationData", "attributes"]);
    expect(json(later).userIdentity.sessionContext.webIdFederationData).toEqual({ federatedProvider: GITHUB_ARN, attributes: {} });
  });

  it("a failed AssumeRoleWithWebIdentity is recorded too (unauthenticated STS calls are) [DOC]", async () => {
    const p = anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: `arn:aws:iam::${A}:role/TrailGitHub`, RoleSessionName: "gha", WebIdentityToken: await mintToken({ audience: "someone-else" }) }));
    const requestId = await p.then(() => "resolved", (err: { $metadata: { requestId?: string } }) => err.$metadata.requestId);
    const [r] = await recordsOf(requestId, "AssumeRoleWithWebIdentity", [A]);
    expect(json(r)).toMatchObject({ errorCode: "InvalidIdentityToken", userIdentity: { type: "WebIdentityUser", userName: SUB }, responseElements: null });
  });

  it("AssumeRoleWithSAML: a SAMLUser, the SAML provider among the resources, no assertion", async () => {
    const assertion = await mintAssertion();
    secrets.push(assertion);
    const out = await anonymous().send(new AssumeRoleWithSAMLCommand({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: assertion }));
    secrets.push(out.Credentials!.SecretAccessKey!);
    const [r] = await recordsOf(out.$metadata.requestId, "AssumeRoleWithSAML", [A]);
    const e = json(r);
    expect(e.userIdentity).toEqual({ type: "SAMLUser", principalId: `${out.NameQualifier}:${out.Subject}`, userName: out.Subject, identityProvider: out.NameQualifier });
    expect(e.requestParameters).toEqual({ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER });
    expect(e.resources).toEqual([
      { accountId: A, type: "AWS::IAM::Role", ARN: SAML_ROLE },
      { accountId: A, type: "AWS::IAM::SAMLProvider", ARN: SAML_PROVIDER },
    ]);
  });

  it("GetSessionToken: credentials logged without the secret; its session then calls as an IAMUser with sessionContext", async () => {
    const out = await sts(ADMIN_111).send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    secrets.push(out.Credentials!.SecretAccessKey!);
    const [r] = await recordsOf(out.$metadata.requestId, "GetSessionToken", [A]);
    expect(json(r)).toMatchObject({ readOnly: true, requestParameters: { durationSeconds: 900 }, responseElements: { credentials: { accessKeyId: out.Credentials!.AccessKeyId } } });
    const me = await sts(fromResult(out.Credentials)).send(new GetCallerIdentityCommand({}));
    const [call] = await recordsOf(me.$metadata.requestId, "GetCallerIdentity", [A]);
    expect(json(call).userIdentity).toMatchObject({
      type: "IAMUser",
      accessKeyId: out.Credentials!.AccessKeyId,
      userName: "admin",
      sessionContext: { sessionIssuer: {}, webIdFederationData: {}, attributes: { mfaAuthenticated: "false" } },
    });
    expect(json(call).requestParameters).toBeNull();
    expect(json(call).responseElements).toBeNull();
  });

  it("CreateAccessKey: the new key is logged, its secret is not", async () => {
    const out = await iamClient(h.url, ADMIN_111).send(new CreateAccessKeyCommand({ UserName: "trail-bob" }));
    secrets.push(out.AccessKey!.SecretAccessKey!);
    const [r] = await recordsOf(out.$metadata.requestId, "CreateAccessKey", [A]);
    expect(json(r).responseElements).toEqual({
      accessKey: { userName: "trail-bob", accessKeyId: out.AccessKey!.AccessKeyId, status: "Active", createDate: expect.stringMatching(/[AP]M$/) },
    });
    expect(r.resources).toEqual([
      { type: "AWS::IAM::User", name: "trail-bob" },
      { type: "AWS::IAM::AccessKey", name: out.AccessKey!.AccessKeyId },
    ]);
  });

  it("root: userName is the account alias; LookupEvents' Username is root", async () => {
    const root = await createKey(h.db, A);
    secrets.push(root.secretAccessKey);
    const out = await iamClient(h.url, root).send(new ListUsersCommand({ MaxItems: 5 }));
    const [r] = await recordsOf(out.$metadata.requestId, "ListUsers", [A]);
    expect(json(r).userIdentity).toEqual({ type: "Root", principalId: A, arn: `arn:aws:iam::${A}:root`, accountId: A, accessKeyId: root.accessKeyId, userName: "identity" });
    expect(json(r).requestParameters).toEqual({ maxItems: 5 });
    expect(r.username).toBe("root");
  });

  it("LookupEvents over JSON 1.1 is recorded too, in the signing region, as a read", async () => {
    const client = new CloudTrailClient({ endpoint: h.url, region: "eu-west-1", credentials: ADMIN_111, maxAttempts: 1 });
    const out = await client.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "AssumeRole" }], MaxResults: 5 }));
    expect(out.Events?.length).toBeGreaterThan(0);
    const [r] = await recordsOf(out.$metadata.requestId, "LookupEvents", [A]);
    expect(json(r)).toMatchObject({
      eventSource: "cloudtrail.amazonaws.com",
      eventName: "LookupEvents",
      awsRegion: "eu-west-1",
      userIdentity: { type: "IAMUser", userName: "admin" },
      requestParameters: { lookupAttributes: [{ attributeKey: "EventName", attributeValue: "AssumeRole" }], maxResults: 5 },
      responseElements: null,
      readOnly: true,
      requestID: out.$metadata.requestId,
    });
    inKeyOrder(r);
  });

  it("a request that fails authentication writes no record (but keeps its activity row)", async () => {
    const res = await signedPost(h.url, { ...ADMIN_111, secretAccessKey: "wrong" + ADMIN_111.secretAccessKey.slice(5) }, "sts", "Action=GetCallerIdentity&Version=2011-06-15");
    expect(res.status).toBe(403);
    const requestId = /<RequestId>([^<]+)<\/RequestId>/.exec(res.text)?.[1];
    expect(await recordsOf(requestId, "GetCallerIdentity", [A])).toEqual([]);
    expect(await h.db.activityEvent.count({ where: { requestId } })).toBe(1);
  });

  it("no record anywhere holds a secret key, a token or an assertion", async () => {
    const all: TrailRecord[] = [];
    for (const accountId of [A, B]) {
      let after: string | undefined;
      do {
        const page = await lookup({ accountId, limit: 50, after });
        all.push(...page.records);
        after = page.next;
      } while (after);
    }
    expect(all.length).toBeGreaterThan(10);
    for (const r of all) {
      expect(r.cloudTrailEvent).not.toMatch(/"(secretAccessKey|webIdentityToken|sAMLAssertion|tokenCode|password)"/i);
      for (const s of secrets) expect(r.cloudTrailEvent).not.toContain(s);
    }
  });
});
