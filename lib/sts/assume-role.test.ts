// AssumeRole end to end: the real @aws-sdk/client-sts and client-iam against the real endpoint
// (app/api/aws/route.ts) on a node:http server over a freshly seeded sandbox database.
import { CreateRoleCommand, IAMClient, ListRolesCommand, ListUsersCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, createRole, fromResult, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let alice: Creds;
const ACCT = "111111111111";
const ALICE_ARN = `arn:aws:iam::${ACCT}:user/alice`;

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const iam = (creds: Creds) => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const assume = (creds: Creds, input: AssumeRoleCommandInput) => sts(creds).send(new AssumeRoleCommand(input));
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a failure"); }, (e: { name: string; message: string }) => ({ name: e.name, message: e.message }));

beforeAll(async () => {
  h = await startHarness();
  alice = await createKey(h.db, ACCT, "alice");
  await createRole(h.db, {
    accountId: ACCT,
    name: "AliceRole",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ALICE_ARN }, Action: "sts:AssumeRole" }] },
    maxSessionDuration: 7200,
    managedPolicyArns: ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"],
  });
  await createRole(h.db, {
    accountId: ACCT,
    name: "AdminOnly",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/admin` }, Action: "sts:AssumeRole" }] },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("AssumeRole over the wire", () => {
  it("assumes a role created over the wire with CreateRole (trust principal stored by unique id)", async () => {
    const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ALICE_ARN }, Action: "sts:AssumeRole" }] });
    await iam(ADMIN_111).send(new CreateRoleCommand({ RoleName: "WireRole", AssumeRolePolicyDocument: trust }));
    const out = await assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/WireRole`, RoleSessionName: "wire" });
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/WireRole/wire`);
  });

  it("issues a session whose GetCallerIdentity is the assumed-role ARN", async () => {
    const out = await assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "alice-session" });
    const role = await h.db.role.findFirstOrThrow({ where: { name: "AliceRole" } });
    expect(out.AssumedRoleUser).toEqual({ AssumedRoleId: `${role.id}:alice-session`, Arn: `arn:aws:sts::${ACCT}:assumed-role/AliceRole/alice-session` });
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials?.SecretAccessKey).toHaveLength(40);
    expect(out.PackedPolicySize).toBeUndefined();
    const lifetime = (out.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(3500_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    const me = await sts(fromResult(out.Credentials)).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/AliceRole/alice-session`, UserId: `${role.id}:alice-session` });
    expect((await h.db.role.findUniqueOrThrow({ where: { id: role.id } })).lastUsedAt).not.toBeNull();
  });

  it("reports the caller's own identity for long-term keys", async () => {
    const me = await sts(ADMIN_111).send(new GetCallerIdentityCommand({}));
    const admin = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:iam::${ACCT}:user/admin`, UserId: admin.id });
  });

  it("denies a caller the trust policy does not name, with STS's suffix-less message", async () => {
    const arn = `arn:aws:iam::${ACCT}:role/AdminOnly`;
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "s1" }))).toEqual({
      name: "AccessDenied",
      message: `User: ${ALICE_ARN} is not authorized to perform: sts:AssumeRole on resource: ${arn}`,
    });
  });

  it("answers a missing role exactly like a trust denial (no enumeration)", async () => {
    const arn = `arn:aws:iam::${ACCT}:role/NoSuchRole`;
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "s1" }))).toEqual({
      name: "AccessDenied",
      message: `User: ${ALICE_ARN} is not authorized to perform: sts:AssumeRole on resource: ${arn}`,
    });
  });

  it("refuses root callers and malformed input as AWS does", async () => {
    const root = await createKey(h.db, ACCT);
    expect(await failure(assume(root, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "s1" }))).toEqual({
      name: "AccessDenied",
      message: "Roles may not be assumed by root accounts.",
    });
    expect(await failure(assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "Session1:2" }))).toEqual({
      name: "ValidationError",
      message:
        "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    });
    expect(await failure(assume(alice, { RoleArn: "nothing-valid-in-here", RoleSessionName: "s1" }))).toEqual({
      name: "ValidationError",
      message: "nothing-valid-in-here is invalid",
    });
    expect((await failure(assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "s1", DurationSeconds: 600 }))).message).toBe(
      "1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    );
  });

  it("enforces MaxSessionDuration and the one-hour role-chaining limit", async () => {
    const arn = `arn:aws:iam::${ACCT}:role/AliceRole`;
    expect(await failure(assume(alice, { RoleArn: arn, RoleSessionName: "long", DurationSeconds: 10800 }))).toEqual({
      name: "ValidationError",
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    });
    const direct = await assume(alice, { RoleArn: arn, RoleSessionName: "two-hours", DurationSeconds: 7200 });
    expect((direct.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(7100_000);

    // The session may assume a role that trusts it; beyond one hour is refused, within is fine.
    await createRole(h.db, {
      accountId: ACCT,
      name: "ChainTarget",
      maxSessionDuration: 43200,
      trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: arn }, Action: "sts:AssumeRole" }] },
    });
    const session = fromResult(direct.Credentials);
    const target = `arn:aws:iam::${ACCT}:role/ChainTarget`;
    expect(await failure(assume(session, { RoleArn: target, RoleSessionName: "chained", DurationSeconds: 7200 }))).toEqual({
      name: "ValidationError",
      message: "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
    });
    const chained = await assume(session, { RoleArn: target, RoleSessionName: "chained" });
    expect(chained.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/ChainTarget/chained`);
    const row = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: chained.Credentials?.AccessKeyId } });
    expect(row.chainDepth).toBe(1);
    expect(row.sourcePrincipalArn).toBe(`arn:aws:sts::${ACCT}:assumed-role/AliceRole/two-hours`);
  });

  it("lets the role session do what the role allows and nothing else, with AWS's message", async () => {
    const out = await assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "reader" });
    const session = fromResult(out.Credentials);
    const users = await iam(session).send(new ListUsersCommand({}));
    expect(users.Users?.map((u) => u.UserName)).toContain("alice");
    await createRole(h.db, {
      accountId: ACCT,
      name: "NoPermissions",
      trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ALICE_ARN }, Action: "sts:AssumeRole" }] },
    });
    const bare = fromResult((await assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/NoPermissions`, RoleSessionName: "bare" })).Credentials);
    expect(await failure(iam(bare).send(new ListUsersCommand({})))).toEqual({
      name: "AccessDenied",
      message: `User: arn:aws:sts::${ACCT}:assumed-role/NoPermissions/bare is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCT}:user/ because no identity-based policy allows the iam:ListUsers action`,
    });
    expect(await failure(iam(bare).send(new ListRolesCommand({})))).toEqual({
      name: "AccessDenied",
      message: `User: arn:aws:sts::${ACCT}:assumed-role/NoPermissions/bare is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${ACCT}:role/ because no identity-based policy allows the iam:ListRoles action`,
    });
  });

  it("applies an inline session policy and reports PackedPolicySize", async () => {
    const policy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] });
    const out = await assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "scoped", Policy: policy });
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    expect(out.PackedPolicySize).toBeLessThan(20);
    const err = await failure(iam(fromResult(out.Credentials)).send(new ListUsersCommand({})));
    expect(err.message).toContain("because no session policy allows the iam:ListUsers action");
    expect((await failure(assume(alice, { RoleArn: `arn:aws:iam::${ACCT}:role/AliceRole`, RoleSessionName: "bad", Policy: "{nope" }))).name).toBe(
      "MalformedPolicyDocumentException",
    );
  });
});
