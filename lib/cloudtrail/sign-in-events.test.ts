// The sign-in records field by field against the spec's examples E (ConsoleLogin, IAM user with MFA)
// and F (SwitchRole), and AWS's failure shapes: "Failed authentication", no errorCode, and an
// unknown user name logged as HIDDEN_DUE_TO_SECURITY_REASONS.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
import { describe, expect, it } from "vitest";
import { consoleLoginData, HIDDEN_USER_NAME, signInIdentity, signInRecord, switchRoleData } from "./sign-in-events";

const ALICE = { type: "IAMUser" as const, accountId: "111122223333", userId: "AIDAEXAMPLEALICE0001", arn: "arn:aws:iam::111122223333:user/alice", userName: "alice" };
const AT = new Date("2026-11-22T10:15:03.456Z");
const UA = "Mozilla/5.0 (X11; Linux x86_64)";

function login(who: Parameters<typeof signInIdentity>[0], success: boolean, mfa?: string) {
  const { userIdentity, username } = signInIdentity(who);
  return signInRecord({
    eventName: "ConsoleLogin",
    eventTime: AT,
    userIdentity,
    username,
    accountId: who.accountId,
    sourceIPAddress: "203.0.113.10",
    userAgent: UA,
    success,
    additionalEventData: consoleLoginData({ loginTo: "https://clone.example/iam", mfaUsed: mfa !== undefined, mfaIdentifier: mfa }),
    eventId: "5e0b7d12-0000-4000-8000-000000000001",
  });
}

describe("ConsoleLogin (example E)", () => {
  it("an IAM user with MFA: every key in §1.2's order, no accessKeyId, requestID or resources", () => {
    const record = login(ALICE, true, "arn:aws:iam::111122223333:mfa/alice");
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
        eventID: "5e0b7d12-0000-4000-8000-000000000001",
        readOnly: false,
        eventType: "AwsConsoleSignIn",
        managementEvent: true,
        recipientAccountId: "111122223333",
        eventCategory: "Management",
      }),
    );
    expect(record).toMatchObject({ eventId: "5e0b7d12-0000-4000-8000-000000000001", accountId: "111122223333", eventName: "ConsoleLogin", eventSource: "signin.amazonaws.com", readOnly: false, username: "alice", resources: [] });
    expect(record.accessKeyId).toBeUndefined();
    expect(record.requestId).toBeUndefined();
    expect(record.errorCode).toBeUndefined();
  });

  it("without MFA: MFAUsed No and no MFAIdentifier", () => {
    const data = JSON.parse(login(ALICE, true).cloudTrailEvent).additionalEventData;
    expect(data).toEqual({ LoginTo: "https://clone.example/iam", MobileVersion: "No", MFAUsed: "No" });
    expect(Object.keys(data)).toEqual(["LoginTo", "MobileVersion", "MFAUsed"]);
  });

  it("root signs in by email: a Root identity whose userName is the alias, LookupEvents' Username 'root'", () => {
    const record = login({ type: "Root", accountId: "111122223333", alias: "acme-identity" }, true);
    expect(JSON.parse(record.cloudTrailEvent).userIdentity).toEqual({ type: "Root", principalId: "111122223333", arn: "arn:aws:iam::111122223333:root", accountId: "111122223333", userName: "acme-identity" });
    expect(record.username).toBe("root");
    const noAlias = login({ type: "Root", accountId: "111122223333", alias: null }, true);
    expect(Object.keys(JSON.parse(noAlias.cloudTrailEvent).userIdentity)).toEqual(["type", "principalId", "arn", "accountId"]);
  });

  it("a failure: errorMessage 'Failed authentication' before requestParameters, no errorCode, ConsoleLogin Failure", () => {
    const record = login({ type: "FailedIAMUser", accountId: "111122223333", known: { userId: "AIDAEXAMPLEALICE0001", userName: "alice" } }, false);
    const json = JSON.parse(record.cloudTrailEvent);
    expect(json.errorMessage).toBe("Failed authentication");
    expect(json).not.toHaveProperty("errorCode");
    expect(json.responseElements).toEqual({ ConsoleLogin: "Failure" });
    expect(Object.keys(json).slice(6, 10)).toEqual(["sourceIPAddress", "userAgent", "errorMessage", "requestParameters"]);
    expect(json.userIdentity).toEqual({ type: "IAMUser", principalId: "AIDAEXAMPLEALICE0001", accountId: "111122223333", userName: "alice" });
    expect(record.username).toBe("alice");
  });

  it("a failure for a user name the account does not have hides the name", () => {
    const record = login({ type: "FailedIAMUser", accountId: "111122223333" }, false);
    expect(JSON.parse(record.cloudTrailEvent).userIdentity).toEqual({ type: "IAMUser", accountId: "111122223333", userName: HIDDEN_USER_NAME });
    expect(record.username).toBe("HIDDEN_DUE_TO_SECURITY_REASONS");
  });

  it("cuts the user agent at 1 KB", () => {
    const { userIdentity } = signInIdentity(ALICE);
    const long = signInRecord({ eventName: "ConsoleLogin", eventTime: AT, userIdentity, accountId: "111122223333", sourceIPAddress: "203.0.113.10", userAgent: "x".repeat(5000), success: true, additionalEventData: {} });
    expect(JSON.parse(long.cloudTrailEvent).userAgent).toHaveLength(1024);
  });
});

describe("SwitchRole (example F)", () => {
  it("in the role's account, as the session, with SwitchFrom and RedirectTo", () => {
    const who = { type: "AssumedRole" as const, accountId: "444455556666", assumedRoleId: "AROAEXAMPLEDEPLOY001:alice", arn: "arn:aws:sts::444455556666:assumed-role/Deploy/alice" };
    const { userIdentity, username } = signInIdentity(who);
    const record = signInRecord({
      eventName: "SwitchRole",
      eventTime: AT,
      userIdentity,
      username,
      accountId: "444455556666",
      sourceIPAddress: "203.0.113.10",
      userAgent: UA,
      success: true,
      additionalEventData: switchRoleData({ switchFrom: ALICE.arn, redirectTo: "https://clone.example/iam" }),
    });
    const json = JSON.parse(record.cloudTrailEvent);
    expect(json).toMatchObject({
      eventVersion: "1.08",
      userIdentity: { type: "AssumedRole", principalId: "AROAEXAMPLEDEPLOY001:alice", arn: "arn:aws:sts::444455556666:assumed-role/Deploy/alice", accountId: "444455556666" },
      eventSource: "signin.amazonaws.com",
      eventName: "SwitchRole",
      requestParameters: null,
      responseElements: { SwitchRole: "Success" },
      additionalEventData: { SwitchFrom: "arn:aws:iam::111122223333:user/alice", RedirectTo: "https://clone.example/iam" },
      eventType: "AwsConsoleSignIn",
      recipientAccountId: "444455556666",
    });
    expect(Object.keys(json.userIdentity)).toEqual(["type", "principalId", "arn", "accountId"]);
    expect(json.eventID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record).toMatchObject({ accountId: "444455556666", username: "alice", eventId: json.eventID });
  });
});
