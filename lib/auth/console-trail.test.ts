// The event history of the console's door, over a real seeded store (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): each sign-in attempt writes one ConsoleLogin record (success, failure, MFA
// fields; the MFA prompt in between writes none), and Switch role writes SwitchRole in the role's
// account beside the AssumeRole the console made ("AWS Internal"), twice across accounts.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACCT, OTHER_ACCT, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";
import { ADMIN_PASSWORD, ALICE_PASSWORD } from "@/lib/sandbox/constants";
import type { Caller } from "@/lib/authz/caller";
import type { TrailRecord } from "@/lib/cloudtrail/types";
import type { SignedInIdentity } from "./sign-in";

vi.mock("server-only", () => ({}));

const UA = "Mozilla/5.0 (X11; Linux x86_64) console-trail-test";
let sandbox: Sandbox;
let signIn: typeof import("./sign-in").signIn;
let switchRole: typeof import("./switch-role").switchRole;
let lookupTrailEvents: typeof import("@/lib/data/trail-events").lookupTrailEvents;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ signIn } = await import("./sign-in"));
  ({ switchRole } = await import("./switch-role"));
  ({ lookupTrailEvents } = await import("@/lib/data/trail-events"));
  const { createRole } = await import("@/lib/wire/testing");
  const admin = `arn:aws:iam::${ACCT}:user/admin`;
  await createRole(sandbox.db, { accountId: ACCT, name: "TrailAdminOnly", trust: JSON.parse(trustDoc({ AWS: admin })) });
  await createRole(sandbox.db, { accountId: OTHER_ACCT, name: "TrailDeploy", trust: JSON.parse(trustDoc({ AWS: admin })) });
}, 120_000);

/** The account's newest records named `eventName`, newest first. */
async function events(accountId: string, eventName: string): Promise<TrailRecord[]> {
  return (await lookupTrailEvents({ accountId, attribute: { key: "EventName", value: eventName }, limit: 50 })).records;
}

const json = (r: TrailRecord) => JSON.parse(r.cloudTrailEvent) as Record<string, unknown>;

describe("ConsoleLogin", () => {
  it("an IAM user's success: the socket's address, the browser's User-Agent, MFAUsed No", async () => {
    const before = (await events(ACCT, "ConsoleLogin")).length;
    const outcome = await signIn({ type: "iam", account: ACCT, userName: "admin", password: ADMIN_PASSWORD }, "203.0.113.10", Date.now(), { userAgent: UA });
    expect(outcome.ok).toBe(true);
    const records = await events(ACCT, "ConsoleLogin");
    expect(records).toHaveLength(before + 1);
    const [record] = records;
    expect(record).toMatchObject({ accountId: ACCT, eventSource: "signin.amazonaws.com", readOnly: false, username: "admin", resources: [] });
    expect(record.accessKeyId).toBeUndefined();
    expect(record.requestId).toBeUndefined();
    const e = json(record);
    expect(e).toMatchObject({
      eventVersion: "1.08",
      userIdentity: { type: "IAMUser", arn: `arn:aws:iam::${ACCT}:user/admin`, accountId: ACCT, userName: "admin" },
      eventSource: "signin.amazonaws.com",
      eventName: "ConsoleLogin",
      awsRegion: "us-east-1",
      sourceIPAddress: "203.0.113.10",
      userAgent: UA,
      requestParameters: null,
      responseElements: { ConsoleLogin: "Success" },
      additionalEventData: { MobileVersion: "No", MFAUsed: "No" },
      eventType: "AwsConsoleSignIn",
      recipientAccountId: ACCT,
    });
    expect((e.additionalEventData as Record<string, string>).LoginTo).toMatch(/^https?:\/\/[^/]+\/iam$/);
    expect(e.userIdentity).not.toHaveProperty("accessKeyId");
  });

  it("root by email: a Root identity named by the account alias, Username root", async () => {
    const outcome = await signIn({ type: "root", email: "root@identity.example", password: "Sandbox-Root-1!" }, "203.0.113.11", Date.now(), { userAgent: UA });
    expect(outcome.ok).toBe(true);
    const [record] = await events(ACCT, "ConsoleLogin");
    expect(record.username).toBe("root");
    expect(json(record).userIdentity).toEqual({ type: "Root", principalId: ACCT, arn: `arn:aws:iam::${ACCT}:root`, accountId: ACCT, userName: "identity" });
  });

  it("a wrong password: Failure, 'Failed authentication', the user's name; an unknown name is hidden", async () => {
    await signIn({ type: "iam", account: ACCT, userName: "alice", password: "wrong-password" }, "203.0.113.12", Date.now(), { userAgent: UA });
    const [known] = await events(ACCT, "ConsoleLogin");
    const e = json(known);
    expect(e).toMatchObject({ errorMessage: "Failed authentication", responseElements: { ConsoleLogin: "Failure" }, requestParameters: null });
    expect(e).not.toHaveProperty("errorCode");
    expect(e.userIdentity).toMatchObject({ type: "IAMUser", accountId: ACCT, userName: "alice" });
    expect(known.username).toBe("alice");
    expect(known.errorCode).toBeUndefined();

    await signIn({ type: "iam", account: "identity", userName: "Sandbox-Alice-1!", password: "x" }, "203.0.113.13", Date.now(), { userAgent: UA });
    const [hidden] = await events(ACCT, "ConsoleLogin");
    expect(json(hidden).userIdentity).toMatchObject({ type: "IAMUser", accountId: ACCT, userName: "HIDDEN_DUE_TO_SECURITY_REASONS" });
    expect(hidden.cloudTrailEvent).not.toContain("Sandbox-Alice-1!");
    expect(hidden.username).toBe("HIDDEN_DUE_TO_SECURITY_REASONS");
  });

  it("with MFA: the prompt writes nothing; the code's sign-in names the device", async () => {
    const mfa = await import("@/lib/iam/mfa-devices/virtual");
    const { totp } = await import("@/lib/iam/mfa-devices/totp");
    const started = await mfa.startVirtualMfaDevice(sandbox.admin, { userName: "alice", deviceName: "alice-trail" });
    const { SerialNumber, Base32StringSeed: secret } = started.VirtualMFADevice;
    const now = Date.now();
    await mfa.enableVirtualMfaDevice(sandbox.admin, { userName: "alice", deviceName: "alice-trail", secret, code1: totp(secret, now - 30_000), code2: totp(secret, now) }, now);

    const input = { type: "iam" as const, account: ACCT, userName: "alice", password: ALICE_PASSWORD };
    const before = (await events(ACCT, "ConsoleLogin")).length;
    expect(await signIn(input, "203.0.113.14", now, { userAgent: UA })).toEqual({ ok: false, error: "MFA_REQUIRED" });
    expect(await events(ACCT, "ConsoleLogin")).toHaveLength(before);

    expect(await signIn({ ...input, mfaCode: totp(secret, now + 30_000) }, "203.0.113.14", now, { userAgent: UA })).toMatchObject({ ok: true });
    const [record] = await events(ACCT, "ConsoleLogin");
    expect(json(record).additionalEventData).toMatchObject({ MobileVersion: "No", MFAIdentifier: SerialNumber, MFAUsed: "Yes" });
    expect(Object.keys(json(record).additionalEventData as object)).toEqual(["LoginTo", "MobileVersion", "MFAIdentifier", "MFAUsed"]);
    await mfa.removeMfaDevice(sandbox.admin, { userName: "alice", serialNumber: SerialNumber });
  });
});

describe("SwitchRole", () => {
  const signedIn = async (name: string): Promise<{ caller: Caller; identity: SignedInIdentity }> => {
    const u = await sandbox.db.user.findFirstOrThrow({ where: { accountId: ACCT, name } });
    const caller: Caller = { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console", sourceIp: "198.51.100.20", userAgent: UA };
    return { caller, identity: { kind: "user", accountId: ACCT, userId: u.id, name: u.name, arn: u.arn, mfa: false, signedInAt: Date.now() } };
  };

  it("same account: SwitchRole as the new session, beside an AssumeRole made by 'AWS Internal'", async () => {
    const { caller, identity } = await signedIn("admin");
    await switchRole(caller, identity, { account: ACCT, roleName: "TrailAdminOnly" });
    const [switched] = await events(ACCT, "SwitchRole");
    expect(switched).toMatchObject({ accountId: ACCT, eventSource: "signin.amazonaws.com", username: "admin", readOnly: false });
    expect(json(switched)).toMatchObject({
      eventVersion: "1.08",
      userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::${ACCT}:assumed-role/TrailAdminOnly/admin`, accountId: ACCT },
      sourceIPAddress: "198.51.100.20",
      userAgent: UA,
      responseElements: { SwitchRole: "Success" },
      additionalEventData: { SwitchFrom: `arn:aws:iam::${ACCT}:user/admin` },
      eventType: "AwsConsoleSignIn",
      recipientAccountId: ACCT,
    });
    expect((json(switched).userIdentity as { principalId: string }).principalId).toMatch(/^AROA[A-Z0-9]+:admin$/);

    const [assumed] = await events(ACCT, "AssumeRole");
    const e = json(assumed);
    expect(e).toMatchObject({
      userIdentity: { type: "IAMUser", arn: `arn:aws:iam::${ACCT}:user/admin`, invokedBy: "AWS Internal" },
      eventSource: "sts.amazonaws.com",
      sourceIPAddress: "AWS Internal",
      userAgent: "AWS Internal",
      requestParameters: { roleArn: `arn:aws:iam::${ACCT}:role/TrailAdminOnly`, roleSessionName: "admin" },
      readOnly: true,
      recipientAccountId: ACCT,
    });
    expect(assumed.cloudTrailEvent).not.toContain("secretAccessKey");
    expect(e).not.toHaveProperty("sharedEventID");
  });

  it("across accounts: two AssumeRole records sharing sharedEventID, and SwitchRole in the role's account", async () => {
    const { caller, identity } = await signedIn("admin");
    await switchRole(caller, identity, { account: OTHER_ACCT, roleName: "TrailDeploy" });
    const [mine] = await events(ACCT, "AssumeRole");
    const [theirs] = await events(OTHER_ACCT, "AssumeRole");
    expect(mine.sharedEventId).toBeDefined();
    expect(theirs.sharedEventId).toBe(mine.sharedEventId);
    expect(theirs.requestId).toBe(mine.requestId);
    expect(json(mine).userIdentity).toMatchObject({ type: "IAMUser", invokedBy: "AWS Internal" });
    expect(json(theirs).userIdentity).toMatchObject({ type: "AWSAccount", accountId: ACCT });

    const [switched] = await events(OTHER_ACCT, "SwitchRole");
    expect(json(switched)).toMatchObject({
      userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::${OTHER_ACCT}:assumed-role/TrailDeploy/admin`, accountId: OTHER_ACCT },
      additionalEventData: { SwitchFrom: `arn:aws:iam::${ACCT}:user/admin` },
      recipientAccountId: OTHER_ACCT,
    });
    expect((await events(ACCT, "SwitchRole")).map((r) => r.cloudTrailEvent).join()).not.toContain("TrailDeploy");
  });

  it("a refused switch records the AssumeRole denial (no parameters, the decision kept aside) and no SwitchRole", async () => {
    const { caller, identity } = await signedIn("alice");
    const switches = (await events(ACCT, "SwitchRole")).length;
    await expect(switchRole(caller, identity, { account: ACCT, roleName: "TrailAdminOnly" })).rejects.toMatchObject({ code: "InvalidInput" });
    const [denied] = await events(ACCT, "AssumeRole");
    expect(denied).toMatchObject({ errorCode: "AccessDenied", username: "alice" });
    expect(denied.decision).toEqual(expect.any(String));
    expect(json(denied)).toMatchObject({ errorCode: "AccessDenied", requestParameters: null, responseElements: null });
    expect(json(denied).errorMessage).toMatch(
      new RegExp(`^User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/TrailAdminOnly`),
    );
    expect(json(denied)).not.toHaveProperty("resources");
    expect(await events(ACCT, "SwitchRole")).toHaveLength(switches);
  });
});
