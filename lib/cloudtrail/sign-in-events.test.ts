// The sign-in records field by field against the spec's examples E (ConsoleLogin, IAM user with MFA)
// and F (SwitchRole), through the one record builder, and AWS's failure shapes: "Failed
// authentication", no errorCode, and an unknown user name logged as HIDDEN_DUE_TO_SECURITY_REASONS.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
import { describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { buildTrailRecords } from "./record";
import { consoleLoginCall, switchRoleCall, withoutSessionContext, type ConsoleLogin } from "./sign-in-events";
import type { TrailActor } from "./types";

const ALICE: Caller = { kind: "user", accountId: "111122223333", arn: "arn:aws:iam::111122223333:user/alice", userId: "AIDAEXAMPLEALICE0001", userName: "alice", mfa: true, via: "console" };
const AT = new Date("2026-11-22T10:15:03.456Z");
const UA = "Mozilla/5.0 (X11; Linux x86_64)";
const EVENT_ID = "5e0b7d12-0000-4000-8000-000000000001";
const door = { at: AT, sourceIPAddress: "203.0.113.10", userAgent: UA, loginTo: "https://clone.example/iam" };

function login(actor: TrailActor, e: Partial<ConsoleLogin> = {}) {
  const records = buildTrailRecords(consoleLoginCall({ ...door, actor, success: true, mfaUsed: false, ...e }), { eventIds: [EVENT_ID] });
  expect(records).toHaveLength(1);
  return records[0];
}

describe("ConsoleLogin (example E)", () => {
  it("an IAM user with MFA: every key in §1.2's order, no accessKeyId, requestID or resources", () => {
    const record = login({ kind: "caller", caller: ALICE }, { mfaUsed: true, mfaIdentifier: "arn:aws:iam::111122223333:mfa/alice" });
    expect(record.cloudTrailEvent).toBe(
      JSON.stringify({
        eventVersion: "1.08",
        userIdentity: { type: "IAMUser", principalId: "AIDAEXAMPLEALICE0001", arn: "arn:aws:iam::111122223333:user/alice", accountId: "111122223333", userName: "alice" },
        eventTime: "2026-11-22T10:15:03Z",
        eventSource: "signin.amazonaws.com",
        eventName: "ConsoleLogin",
        awsRegion: "us-east-1",
        sourceIPAddress: "203.0.113.10",
        userAgent: UA,
        requestParameters: null,
        responseElements: { ConsoleLogin: "Success" },
        additionalEventData: { LoginTo: "https://clone.example/iam", MobileVersion: "No", MFAIdentifier: "arn:aws:iam::111122223333:mfa/alice", MFAUsed: "Yes" },
        eventID: EVENT_ID,
        readOnly: false,
        eventType: "AwsConsoleSignIn",
        managementEvent: true,
        recipientAccountId: "111122223333",
        eventCategory: "Management",
      }),
    );
    expect(record).toMatchObject({ eventId: EVENT_ID, accountId: "111122223333", eventName: "ConsoleLogin", eventSource: "signin.amazonaws.com", readOnly: false, username: "alice", resources: [] });
    expect(record.accessKeyId).toBeUndefined();
    expect(record.requestId).toBeUndefined();
    expect(record.errorCode).toBeUndefined();
  });

  it("without MFA: MFAUsed No and no MFAIdentifier", () => {
    const data = JSON.parse(login({ kind: "caller", caller: ALICE }).cloudTrailEvent).additionalEventData;
    expect(data).toEqual({ LoginTo: "https://clone.example/iam", MobileVersion: "No", MFAUsed: "No" });
    expect(Object.keys(data)).toEqual(["LoginTo", "MobileVersion", "MFAUsed"]);
  });

  it("root signs in by email: a Root identity whose userName is the alias, LookupEvents' Username 'root'", () => {
    const root: Caller = { kind: "root", accountId: "111122223333", arn: "arn:aws:iam::111122223333:root", mfa: false, via: "console" };
    const record = login({ kind: "caller", caller: root }, { accountAlias: "acme-identity" });
    expect(JSON.parse(record.cloudTrailEvent).userIdentity).toEqual({ type: "Root", principalId: "111122223333", arn: "arn:aws:iam::111122223333:root", accountId: "111122223333", userName: "acme-identity" });
    expect(record.username).toBe("root");
    const noAlias = login({ kind: "caller", caller: root });
    expect(Object.keys(JSON.parse(noAlias.cloudTrailEvent).userIdentity)).toEqual(["type", "principalId", "arn", "accountId"]);
  });

  it("a failure: errorMessage 'Failed authentication' before requestParameters, no errorCode, ConsoleLogin Failure", () => {
    const actor: TrailActor = { kind: "sign-in-failure", accountId: "111122223333", userName: "alice", knownUser: { arn: ALICE.arn, userId: "AIDAEXAMPLEALICE0001" } };
    const record = login(actor, { success: false });
    const json = JSON.parse(record.cloudTrailEvent);
    expect(json.errorMessage).toBe("Failed authentication");
    expect(json).not.toHaveProperty("errorCode");
    expect(json.responseElements).toEqual({ ConsoleLogin: "Failure" });
    expect(Object.keys(json).slice(6, 10)).toEqual(["sourceIPAddress", "userAgent", "errorMessage", "requestParameters"]);
    expect(json.userIdentity).toMatchObject({ type: "IAMUser", principalId: "AIDAEXAMPLEALICE0001", accountId: "111122223333", userName: "alice" });
    expect(record).toMatchObject({ username: "alice", readOnly: false });
    expect(record.errorCode).toBeUndefined();
  });

  it("a failure for a user name the account does not have hides the name", () => {
    const record = login({ kind: "sign-in-failure", accountId: "111122223333" }, { success: false });
    expect(JSON.parse(record.cloudTrailEvent).userIdentity).toMatchObject({ type: "IAMUser", accountId: "111122223333", userName: "HIDDEN_DUE_TO_SECURITY_REASONS" });
    expect(record.username).toBe("HIDDEN_DUE_TO_SECURITY_REASONS");
  });

  it("cuts the user agent at 1 KB", () => {
    const long = login({ kind: "caller", caller: ALICE }, { userAgent: "x".repeat(5000) });
    expect(JSON.parse(long.cloudTrailEvent).userAgent).toHaveLength(1024);
  });
});

describe("SwitchRole (example F)", () => {
  it("in the role's account, as the session (ids only), with SwitchFrom and RedirectTo", () => {
    const session: Caller = {
      kind: "assumed-role",
      accountId: "444455556666",
      arn: "arn:aws:sts::444455556666:assumed-role/Deploy/alice",
      role: { id: "AROAEXAMPLEDEPLOY001", arn: "arn:aws:iam::444455556666:role/Deploy", name: "Deploy" },
      session: { accessKeyId: "ASIAEXAMPLESESSION01", name: "alice", issuedAt: AT, expiresAt: AT, sessionPolicyArns: [] },
      mfa: false,
      via: "console",
    };
    const call = switchRoleCall({ at: AT, sourceIPAddress: "203.0.113.10", userAgent: UA, session, switchFrom: ALICE.arn, redirectTo: "https://clone.example/iam" });
    const [record, ...others] = buildTrailRecords(call).map(withoutSessionContext);
    expect(others).toEqual([]);
    const json = JSON.parse(record.cloudTrailEvent);
    expect(json).toMatchObject({
      eventVersion: "1.08",
      eventSource: "signin.amazonaws.com",
      eventName: "SwitchRole",
      sourceIPAddress: "203.0.113.10",
      userAgent: UA,
      requestParameters: null,
      responseElements: { SwitchRole: "Success" },
      additionalEventData: { SwitchFrom: "arn:aws:iam::111122223333:user/alice", RedirectTo: "https://clone.example/iam" },
      readOnly: false,
      eventType: "AwsConsoleSignIn",
      recipientAccountId: "444455556666",
    });
    expect(json.userIdentity).toEqual({ type: "AssumedRole", principalId: "AROAEXAMPLEDEPLOY001:alice", arn: "arn:aws:sts::444455556666:assumed-role/Deploy/alice", accountId: "444455556666" });
    expect(Object.keys(json.userIdentity)).toEqual(["type", "principalId", "arn", "accountId"]);
    expect(json).not.toHaveProperty("requestID");
    expect(json).not.toHaveProperty("resources");
    expect(json.eventID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record).toMatchObject({ accountId: "444455556666", username: "alice", eventId: json.eventID });
  });
});
