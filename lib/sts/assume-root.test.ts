// AssumeRoot end to end with the real @aws-sdk/client-sts and client-iam against the real endpoint:
// the management account (111111111111) starts a root session in its member account (222222222222)
// scoped by one of AWS's root task policies, and the session does that task's IAM calls without
// UserName, and nothing else. Run on PostgreSQL too with TEST_DATABASE_URL set.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html
import {
  CreateLoginProfileCommand,
  DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DisableOrganizationsRootSessionsCommand,
  EnableOrganizationsRootSessionsCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListSigningCertificatesCommand,
  ListUsersCommand,
} from "@aws-sdk/client-iam";
import { AssumeRootCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient, type AssumeRootCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, fromResult, iamClient, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

const MANAGEMENT = "111111111111";
const MEMBER = "222222222222";
const TASK = (name: string) => `arn:aws:iam::aws:policy/root-task/${name}`;
const AUDIT = TASK("IAMAuditRootUserCredentials");
const DELETE = TASK("IAMDeleteRootUserCredentials");
const CREATE_PASSWORD = TASK("IAMCreateRootUserPassword");

let h: Harness;
const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const assumeRoot = (creds: Creds, input: AssumeRootCommandInput) => sts(creds).send(new AssumeRootCommand(input));
const rootSession = async (task: string) => fromResult((await assumeRoot(ADMIN_111, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: task } })).Credentials);
const setRootSessions = (on: boolean) =>
  iamClient(h.url, ADMIN_111).send(on ? new EnableOrganizationsRootSessionsCommand({}) : new DisableOrganizationsRootSessionsCommand({}));

beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());

describe("AssumeRoot", () => {
  it("is refused until the organization enables root sessions", async () => {
    expect(await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT } }))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: "Root sessions are not enabled for the organization o-sandbox0001 (EnableOrganizationsRootSessions).",
    });
  });

  it("issues 900-second credentials (or DurationSeconds) acting as the member account's root user", async () => {
    await setRootSessions(true);
    const before = Date.now();
    const out = await assumeRoot(ADMIN_111, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT } });
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(out.Credentials?.SecretAccessKey).toBeTruthy();
    expect(out.Credentials?.SessionToken).toBeTruthy();
    const expires = out.Credentials?.Expiration?.getTime() ?? 0;
    expect(expires - before).toBeGreaterThan(895_000);
    expect(expires - before).toBeLessThanOrEqual(901_000);
    expect(out.SourceIdentity).toBeUndefined();
    // GetCallerIdentity of a root session names the member account's root user.
    expect(await sts(fromResult(out.Credentials)).send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: MEMBER,
      Arn: `arn:aws:iam::${MEMBER}:root`,
      UserId: MEMBER,
    });
    // The target may be given as the root user's ARN; DurationSeconds shortens the session.
    const short = await assumeRoot(ADMIN_111, { TargetPrincipal: `arn:aws:iam::${MEMBER}:root`, TaskPolicyArn: { arn: AUDIT }, DurationSeconds: 300 });
    expect((short.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(300_000);
  });

  it("validates its parameters with the model's constraints", async () => {
    expect(await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT }, DurationSeconds: 901 }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value '901' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 900",
    });
    expect(await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: "2222", TaskPolicyArn: { arn: AUDIT } }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value '2222' at 'targetPrincipal' failed to satisfy constraint: Member must have length greater than or equal to 12",
    });
    const notTask = await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: "arn:aws:iam::aws:policy/AdministratorAccess" } }));
    expect(notTask).toMatchObject({ name: "ValidationError", status: 400 });
    expect(notTask.message).toContain("is not an AWS managed root task policy");
  });

  it("refuses root user credentials, member accounts, targets outside the organization and the management account itself", async () => {
    const root = await createKey(h.db, MANAGEMENT);
    expect(await sdkFailure(assumeRoot(root, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT } }))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: "Root sessions may not be started with root user credentials.",
    });
    expect((await sdkFailure(assumeRoot(ADMIN_222, { TargetPrincipal: MANAGEMENT, TaskPolicyArn: { arn: AUDIT } }))).message).toBe(
      "AssumeRoot must be called by the management account or a delegated administrator for IAM of an organization.",
    );
    expect((await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: MANAGEMENT, TaskPolicyArn: { arn: AUDIT } }))).message).toBe(
      "The account 111111111111 is not a member account of the organization o-sandbox0001.",
    );
    expect((await sdkFailure(assumeRoot(ADMIN_111, { TargetPrincipal: "999999999999", TaskPolicyArn: { arn: AUDIT } }))).message).toBe(
      "The account 999999999999 is not a member account of the organization o-sandbox0001.",
    );
    // A root session is root user credentials too.
    expect((await sdkFailure(assumeRoot(await rootSession(AUDIT), { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT } }))).message).toBe(
      "Root sessions may not be started with root user credentials.",
    );
    expect((await sdkFailure(sts(await rootSession(AUDIT)).send(new GetSessionTokenCommand({})))).name).toBe("AccessDenied");
  });

  it("authorizes sts:AssumeRoot on the member's root ARN, with sts:TaskPolicyArn, before reading anything", async () => {
    const alice = await createKey(h.db, MANAGEMENT, "alice");
    // Not even whether the target exists or root sessions are on is disclosed.
    await setRootSessions(false);
    expect(await sdkFailure(assumeRoot(alice, { TargetPrincipal: "999999999999", TaskPolicyArn: { arn: AUDIT } }))).toEqual({
      name: "AccessDenied",
      status: 403,
      message:
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRoot on resource: arn:aws:iam::999999999999:root because no identity-based policy allows the sts:AssumeRoot action",
    });
    await setRootSessions(true);
    const alice2 = await h.db.user.findFirstOrThrow({ where: { accountId: MANAGEMENT, name: "alice" } });
    await h.db.inlinePolicy.create({
      data: {
        ownerType: "user",
        ownerId: alice2.id,
        name: "audit-only",
        document: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "sts:AssumeRoot", Resource: `arn:aws:iam::${MEMBER}:root`, Condition: { StringEquals: { "sts:TaskPolicyArn": AUDIT } } }],
        }),
      },
    });
    expect((await assumeRoot(alice, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: AUDIT } })).Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect((await sdkFailure(assumeRoot(alice, { TargetPrincipal: MEMBER, TaskPolicyArn: { arn: DELETE } }))).name).toBe("AccessDenied");
  });
});

describe("a root session does its task's IAM calls on the root user, and nothing else", () => {
  it("IAMAuditRootUserCredentials: reads the root user's keys, password, devices; writes and other users are denied", async () => {
    await setRootSessions(true);
    const rootKey = await createKey(h.db, MEMBER);
    const iam = iamClient(h.url, await rootSession(AUDIT));
    const keys = await iam.send(new ListAccessKeysCommand({}));
    expect(keys.AccessKeyMetadata?.map((k) => k.AccessKeyId)).toEqual([rootKey.accessKeyId]);
    expect(keys.AccessKeyMetadata?.[0]).toMatchObject({ UserName: "root", Status: "Active" });
    expect((await iam.send(new GetLoginProfileCommand({}))).LoginProfile).toMatchObject({ UserName: "root", PasswordResetRequired: false });
    expect((await iam.send(new GetUserCommand({}))).User).toMatchObject({ UserId: MEMBER, Arn: `arn:aws:iam::${MEMBER}:root` });
    expect((await iam.send(new ListMFADevicesCommand({}))).MFADevices).toEqual([]);
    expect((await iam.send(new ListSigningCertificatesCommand({}))).Certificates).toEqual([]);
    // The task policy's denies: another action, and the same action on a non-root resource.
    for (const command of [new DeleteAccessKeyCommand({ AccessKeyId: rootKey.accessKeyId }), new ListUsersCommand({}), new ListAccessKeysCommand({ UserName: "admin" })]) {
      const f = await sdkFailure(iam.send(command as ListUsersCommand));
      expect(f).toMatchObject({ name: "AccessDenied", status: 403 });
      expect(f.message).toContain("with an explicit deny in a session policy");
    }
  });

  it("IAMDeleteRootUserCredentials: deletes the root user's access keys, password and MFA device", async () => {
    const rootKey = await createKey(h.db, MEMBER);
    const serial = `arn:aws:iam::${MEMBER}:mfa/root-device`;
    await h.db.mfaDevice.create({ data: { serialNumber: serial, accountId: MEMBER, userId: null, secret: "JBSWY3DPEHPK3PXP" } });
    const iam = iamClient(h.url, await rootSession(DELETE));
    await iam.send(new DeleteAccessKeyCommand({ AccessKeyId: rootKey.accessKeyId }));
    expect(await h.db.accessKey.findUnique({ where: { id: rootKey.accessKeyId } })).toBeNull();
    // Another account's root key, or a user's, reads as missing.
    expect((await sdkFailure(iam.send(new DeleteAccessKeyCommand({ AccessKeyId: ADMIN_111.accessKeyId })))).name).toBe("NoSuchEntityException");
    await iam.send(new DeactivateMFADeviceCommand({ SerialNumber: serial }));
    expect((await iam.send(new ListMFADevicesCommand({}))).MFADevices).toEqual([]);
    await iam.send(new DeleteLoginProfileCommand({}));
    expect(await sdkFailure(iam.send(new GetLoginProfileCommand({})))).toEqual({ name: "NoSuchEntityException", status: 404, message: "Login Profile for User root cannot be found." });
    expect(await sdkFailure(iam.send(new DeleteLoginProfileCommand({})))).toMatchObject({ name: "NoSuchEntityException" });
    // Creating a password is not this task.
    expect((await sdkFailure(iam.send(new CreateLoginProfileCommand({}))))).toMatchObject({ name: "AccessDenied" });
  });

  it("IAMCreateRootUserPassword: a login profile without a password (the root user recovers one)", async () => {
    const iam = iamClient(h.url, await rootSession(CREATE_PASSWORD));
    expect(await sdkFailure(iam.send(new CreateLoginProfileCommand({ Password: "Sandbox-Root-9!" })))).toMatchObject({ name: "ValidationError", status: 400 });
    const out = await iam.send(new CreateLoginProfileCommand({}));
    expect(out.LoginProfile).toMatchObject({ UserName: "root", PasswordResetRequired: true });
    expect((await iam.send(new GetLoginProfileCommand({}))).LoginProfile?.PasswordResetRequired).toBe(true);
    expect(await sdkFailure(iam.send(new CreateLoginProfileCommand({})))).toEqual({ name: "EntityAlreadyExistsException", status: 409, message: "Login Profile for user root already exists." });
    const { verifyPassword } = await import("@/lib/auth/password");
    const account = await h.db.account.findUniqueOrThrow({ where: { id: MEMBER } });
    expect(await verifyPassword("Sandbox-Root-2!", account.rootPasswordHash)).toBe(false);
  });

  it("root user credentials without a session still must name the user for login profiles", async () => {
    const iam = iamClient(h.url, await createKey(h.db, MEMBER));
    expect(await sdkFailure(iam.send(new GetLoginProfileCommand({})))).toMatchObject({ name: "ValidationError", message: "Must specify userName when calling with non-User credentials" });
  });
});
