// Trust conditions, MFA, cross-account, expiry, revocation and GetSessionToken, through the real
// SDK and the real endpoint over a seeded sandbox.
import { IAMClient, ListUsersCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient, type AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totp } from "@/lib/iam/mfa-devices/totp";
import { ADMIN_111, createKey, createRole, fromResult, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let alice: Creds;
const ACCT = "111111111111";
const WORKLOAD = "222222222222";
const ALICE_ARN = `arn:aws:iam::${ACCT}:user/alice`;
const MFA_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const MFA_SERIAL = `arn:aws:iam::${ACCT}:mfa/alice`;

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const iam = (creds: Creds) => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const assume = (creds: Creds, input: AssumeRoleCommandInput) => sts(creds).send(new AssumeRoleCommand(input));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: { name: string; message: string }) => ({ name: e.name, message: e.message }),
  );
const denied = (who: string, arn: string) => ({ name: "AccessDenied", message: `User: ${who} is not authorized to perform: sts:AssumeRole on resource: ${arn}` });

beforeAll(async () => {
  h = await startHarness();
  alice = await createKey(h.db, ACCT, "alice");
  const aliceRow = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
  await h.db.mfaDevice.create({ data: { serialNumber: MFA_SERIAL, accountId: ACCT, userId: aliceRow.id, secret: MFA_SECRET } });
  await createRole(h.db, {
    accountId: ACCT,
    name: "NeedsMfa",
    trust: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: ALICE_ARN }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
    },
  });
  await createRole(h.db, {
    accountId: WORKLOAD,
    name: "CrossAccountDeveloperRole",
    managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
    trust: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: "sts:AssumeRole", Condition: { StringEquals: { "sts:ExternalId": "Unicorn42" } } }],
    },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("trust conditions", () => {
  const cross = `arn:aws:iam::${WORKLOAD}:role/CrossAccountDeveloperRole`;

  it("requires the right ExternalId", async () => {
    const admin = `arn:aws:iam::${ACCT}:user/admin`;
    expect(await failure(assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa" }))).toEqual(denied(admin, cross));
    expect(await failure(assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa", ExternalId: "Wrong1" }))).toEqual(denied(admin, cross));
    const ok = await assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa", ExternalId: "Unicorn42" });
    expect(ok.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${WORKLOAD}:assumed-role/CrossAccountDeveloperRole/xa`);
    const me = await sts(fromResult(ok.Credentials)).send(new GetCallerIdentityCommand({}));
    expect(me.Account).toBe(WORKLOAD);
  });

  it("needs the caller's own identity policy when the trust names only the account", async () => {
    // alice has no policies: the trusting side agrees, the trusted side does not delegate.
    expect(await failure(assume(alice, { RoleArn: cross, RoleSessionName: "xa", ExternalId: "Unicorn42" }))).toEqual(denied(ALICE_ARN, cross));
  });

  it("requires MFA when the trust says so, verifies the code and refuses a replay", async () => {
    const arn = `arn:aws:iam::${ACCT}:role/NeedsMfa`;
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "mfa" }))).toEqual(denied(ALICE_ARN, arn));
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "mfa", SerialNumber: MFA_SERIAL }))).toEqual({
      name: "AccessDenied",
      message: "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.",
    });
    const code = totp(MFA_SECRET);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "mfa", SerialNumber: MFA_SERIAL, TokenCode: wrong }))).toEqual({
      name: "AccessDenied",
      message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    });
    const ok = await assume(alice, { RoleArn: arn, RoleSessionName: "mfa", SerialNumber: MFA_SERIAL, TokenCode: code });
    const row = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: ok.Credentials?.AccessKeyId } });
    expect(row.mfaAuthenticated).toBe(true);
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "mfa", SerialNumber: MFA_SERIAL, TokenCode: code }))).toEqual({
      name: "AccessDenied",
      message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    });
  });
});

describe("MFA codes and the trust decision", () => {
  it("does not use up the MFA code of a call the trust policy denies", async () => {
    const cross = `arn:aws:iam::${WORKLOAD}:role/CrossAccountDeveloperRole`;
    const adminArn = `arn:aws:iam::${ACCT}:user/admin`;
    const serial = `arn:aws:iam::${ACCT}:mfa/admin-trust-first`;
    const admin = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
    await h.db.mfaDevice.create({ data: { serialNumber: serial, accountId: ACCT, userId: admin.id, secret: MFA_SECRET } });
    const mfa = { SerialNumber: serial, TokenCode: totp(MFA_SECRET) };
    // Without the ExternalId the trust policy refuses: the code must still be good afterwards.
    expect(await failure(assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa", ...mfa }))).toEqual(denied(adminArn, cross));
    const ok = await assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa", ExternalId: "Unicorn42", ...mfa });
    expect(ok.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${WORKLOAD}:assumed-role/CrossAccountDeveloperRole/xa`);
    // Used by the call that succeeded, it is a replay now.
    expect(await failure(assume(ADMIN_111, { RoleArn: cross, RoleSessionName: "xa", ExternalId: "Unicorn42", ...mfa }))).toEqual({
      name: "AccessDenied",
      message: "MultiFactorAuthentication failed with invalid MFA one time pass code.",
    });
  });
});

describe("session lifetime", () => {
  it("answers ExpiredToken for credentials past their expiry", async () => {
    const { issueCredentials } = await import("./credentials");
    const role = await h.db.role.findFirstOrThrow({ where: { name: "NeedsMfa" } });
    const c = await issueCredentials({
      kind: "assumed-role",
      accountId: ACCT,
      principalArn: `arn:aws:sts::${ACCT}:assumed-role/NeedsMfa/old`,
      roleId: role.id,
      sessionName: "old",
      durationSeconds: 900,
      now: new Date(Date.now() - 901_000),
    });
    expect(await failure(sts(fromResult(c)).send(new GetCallerIdentityCommand({})))).toEqual({
      name: "ExpiredToken",
      message: "The security token included in the request is expired",
    });
  });

  it("denies sessions issued before AWSRevokeOlderSessions while newer ones keep working", async () => {
    await createRole(h.db, {
      accountId: ACCT,
      name: "Revocable",
      managedPolicyArns: ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"],
      trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ALICE_ARN }, Action: "sts:AssumeRole" }] },
    });
    const arn = `arn:aws:iam::${ACCT}:role/Revocable`;
    const old = fromResult((await assume(alice, { RoleArn: arn, RoleSessionName: "old" })).Credentials);
    await iam(old).send(new ListUsersCommand({}));
    const role = await h.db.role.findFirstOrThrow({ where: { name: "Revocable" } });
    const cutoff = new Date(Date.now() + 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await h.db.inlinePolicy.create({
      data: {
        ownerType: "role",
        ownerId: role.id,
        name: "AWSRevokeOlderSessions",
        document: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": cutoff } } }],
        }),
      },
    });
    expect(await failure(iam(old).send(new ListUsersCommand({})))).toEqual({
      name: "AccessDenied",
      message: `User: arn:aws:sts::${ACCT}:assumed-role/Revocable/old is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCT}:user/ with an explicit deny in an identity-based policy`,
    });
    await new Promise((r) => setTimeout(r, 2100));
    const fresh = fromResult((await assume(alice, { RoleArn: arn, RoleSessionName: "new" })).Credentials);
    expect((await iam(fresh).send(new ListUsersCommand({}))).Users?.length).toBeGreaterThan(0);
  });
});

describe("GetSessionToken", () => {
  it("issues user session credentials that cannot call IAM without MFA nor GetSessionToken again", async () => {
    const out = await sts(alice).send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const session = fromResult(out.Credentials);
    expect((await sts(session).send(new GetCallerIdentityCommand({}))).Arn).toBe(ALICE_ARN);
    expect(await failure(sts(session).send(new GetSessionTokenCommand({})))).toEqual({
      name: "AccessDenied",
      message: "Cannot call GetSessionToken with session credentials",
    });
    expect(await failure(iam(session).send(new ListUsersCommand({})))).toEqual({
      name: "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
    });
  });

  it("makes an MFA session that satisfies an MFA-conditioned trust policy", async () => {
    const out = await sts(alice).send(new GetSessionTokenCommand({ SerialNumber: MFA_SERIAL, TokenCode: totp(MFA_SECRET, Date.now() + 30_000) }));
    const session = fromResult(out.Credentials);
    const role = await assume(session, { RoleArn: `arn:aws:iam::${ACCT}:role/NeedsMfa`, RoleSessionName: "via-token" });
    expect(role.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/NeedsMfa/via-token`);
  });
});

describe("console Switch role", () => {
  it("issues a one-hour console session named after the user, carrying the sign-in MFA", async () => {
    const { assumeRoleForConsole } = await import("./assume-role");
    const user = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const signedIn = new Date(Date.now() - 60_000);
    const out = await assumeRoleForConsole(
      { kind: "user", accountId: ACCT, arn: ALICE_ARN, userId: user.id, userName: "alice", mfa: true, mfaAuthenticatedAt: signedIn, via: "console" },
      { accountId: ACCT, roleName: "NeedsMfa" },
    );
    expect(out.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/NeedsMfa/alice`);
    const row = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: out.Credentials.AccessKeyId } });
    expect(row).toMatchObject({ viaConsole: true, mfaAuthenticated: true });
    expect(row.expiresAt.getTime() - row.issuedAt.getTime()).toBe(3600_000);
    // Without MFA at sign-in the MFA-conditioned trust refuses the switch.
    await expect(
      assumeRoleForConsole({ kind: "user", accountId: ACCT, arn: ALICE_ARN, userId: user.id, userName: "alice", mfa: false, via: "console" }, { accountId: ACCT, roleName: "NeedsMfa" }),
    ).rejects.toThrow(`User: ${ALICE_ARN} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/NeedsMfa`);
  });

  it("records wire calls in the activity log, failures included", async () => {
    // The log is written after each answer (group commit): commit what is queued before reading.
    await (await import("@/lib/data/sql")).flushPendingWrites();
    const events = await h.db.activityEvent.findMany({ where: { principalArn: ALICE_ARN, action: "sts:AssumeRole", source: "api" } });
    expect(events.some((e) => e.result === "Success")).toBe(true);
    expect(events.some((e) => e.result === "Failure" && e.errorCode === "AccessDenied")).toBe(true);
  });
});
