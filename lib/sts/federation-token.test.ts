// GetFederationToken end to end with the real @aws-sdk/client-sts against the real endpoint, and the
// federated session's permissions decided by the one engine for the caller its ASIA key resolves to.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html
import { IAMClient, ListUsersCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetFederationTokenCommand, GetSessionTokenCommand, STSClient, type GetFederationTokenCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, createRole, fromResult, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

let h: Harness;
let fed: Creds;
let root: Creds;
const ACCT = "111111111111";
const FED_USER_ARN = `arn:aws:iam::${ACCT}:user/fed`;
const BUCKET = "arn:aws:s3:::reports";

const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds });
const federate = (creds: Creds, input: GetFederationTokenCommandInput) => sts(creds).send(new GetFederationTokenCommand(input));
const doc = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

/** Whether the session behind `creds` may do `action` on `resource`, as the wire resolves its caller. */
async function allowed(creds: Creds, action: string, resource: string, resourcePolicy?: object): Promise<boolean> {
  const { lookupCredential } = await import("@/lib/wire/resolve-caller");
  const { sessionCaller } = await import("./session-caller");
  const { decide } = await import("@/lib/authz/decide");
  const { loadPolicy } = await import("@/lib/policy");
  const found = await lookupCredential(creds.accessKeyId);
  const caller = found?.session && sessionCaller(found.session, {});
  if (!caller) throw new Error("no session");
  const loaded = resourcePolicy ? loadPolicy(JSON.stringify(resourcePolicy), { type: "resource", id: "bucket", name: "bucket" }) : undefined;
  const opts = loaded?.ok ? { resourcePolicy: loaded.policy, resourceAccountId: ACCT } : { resourceAccountId: ACCT };
  return (await decide(caller, action, resource, opts)).allowed;
}

beforeAll(async () => {
  h = await startHarness();
  await h.db.user.create({ data: { id: "AIDAFEDERATINGUSER01", accountId: ACCT, name: "fed", nameLower: "fed", path: "/", arn: FED_USER_ARN } });
  await h.db.inlinePolicy.create({
    data: {
      ownerType: "user",
      ownerId: "AIDAFEDERATINGUSER01",
      name: "fed",
      document: doc([
        { Effect: "Allow", Action: "sts:GetFederationToken", Resource: `arn:aws:sts::${ACCT}:federated-user/*` },
        { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: `${BUCKET}/*` },
      ]),
    },
  });
  fed = await createKey(h.db, ACCT, "fed");
  root = await createKey(h.db, ACCT);
  await createRole(h.db, {
    accountId: ACCT,
    name: "FedRole",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: FED_USER_ARN }, Action: "sts:AssumeRole" }] },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("GetFederationToken", () => {
  it("issues a federated-user session that GetCallerIdentity reports", async () => {
    const before = Date.now();
    const out = await federate(fed, { Name: "bob@example", Policy: doc([{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]) });
    expect(out.FederatedUser).toEqual({ FederatedUserId: `${ACCT}:bob@example`, Arn: `arn:aws:sts::${ACCT}:federated-user/bob@example` });
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    // Default 43,200 seconds.
    const secs = ((out.Credentials?.Expiration?.getTime() ?? 0) - before) / 1000;
    expect(Math.abs(secs - 43200)).toBeLessThan(5);
    const me = await sts(fromResult(out.Credentials)).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ UserId: `${ACCT}:bob@example`, Account: ACCT, Arn: `arn:aws:sts::${ACCT}:federated-user/bob@example` });
  });

  it("allows only what both the user's policies and the session policy allow", async () => {
    const out = await federate(fed, { Name: "both", Policy: doc([{ Effect: "Allow", Action: ["s3:GetObject", "s3:DeleteObject"], Resource: "*" }]) });
    const creds = fromResult(out.Credentials);
    expect(await allowed(creds, "s3:GetObject", `${BUCKET}/a.txt`)).toBe(true); // both allow
    expect(await allowed(creds, "s3:PutObject", `${BUCKET}/a.txt`)).toBe(false); // only the user's
    expect(await allowed(creds, "s3:DeleteObject", `${BUCKET}/a.txt`)).toBe(false); // only the session's
  });

  it("grants nothing without a session policy, except what a resource policy naming the federated user grants", async () => {
    const out = await federate(fed, { Name: "nopolicy" });
    expect(out.PackedPolicySize).toBeUndefined();
    const creds = fromResult(out.Credentials);
    expect(await allowed(creds, "s3:GetObject", `${BUCKET}/a.txt`)).toBe(false);
    const naming = (aws: string) => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: aws }, Action: "s3:GetObject", Resource: `${BUCKET}/*` }] });
    expect(await allowed(creds, "s3:GetObject", `${BUCKET}/a.txt`, naming(`arn:aws:sts::${ACCT}:federated-user/nopolicy`))).toBe(true);
    // Naming the federating IAM user instead reaches the session only as far as its session policy
    // allows, and this session has none (API_GetFederationToken, "Permissions").
    expect(await allowed(creds, "s3:GetObject", `${BUCKET}/a.txt`, naming(FED_USER_ARN))).toBe(false);
  });

  it("PolicyArns are session policies too", async () => {
    const out = await federate(fed, { Name: "managed", PolicyArns: [{ arn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" }] });
    const creds = fromResult(out.Credentials);
    expect(await allowed(creds, "s3:GetObject", `${BUCKET}/a.txt`)).toBe(true);
    expect(await allowed(creds, "s3:PutObject", `${BUCKET}/a.txt`)).toBe(false);
  });

  it("refuses session credentials: role sessions, GetSessionToken and federated sessions", async () => {
    const denied = { name: "AccessDenied", status: 403, message: "Cannot call GetFederationToken with session credentials" };
    const role = await sts(fed).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/FedRole`, RoleSessionName: "ss" }));
    expect(await sdkFailure(federate(fromResult(role.Credentials), { Name: "x1" }))).toEqual(denied);
    const st = await sts(fed).send(new GetSessionTokenCommand({}));
    expect(await sdkFailure(federate(fromResult(st.Credentials), { Name: "x2" }))).toEqual(denied);
    const f = await federate(fed, { Name: "x3", Policy: doc([{ Effect: "Allow", Action: "*", Resource: "*" }]) });
    expect(await sdkFailure(federate(fromResult(f.Credentials), { Name: "x4" }))).toEqual(denied);
  });

  it("federated credentials cannot call IAM", async () => {
    const f = await federate(ADMIN_111, { Name: "admin-fed", Policy: doc([{ Effect: "Allow", Action: "*", Resource: "*" }]) });
    const iam = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: fromResult(f.Credentials) });
    expect((await sdkFailure(iam.send(new ListUsersCommand({})))).name).toBe("InvalidClientTokenId");
  });

  it("authorizes sts:GetFederationToken on the federated-user ARN", async () => {
    const other = await createKeyForUserWithoutPolicy();
    expect(await sdkFailure(federate(other, { Name: "carol" }))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: `User: arn:aws:iam::${ACCT}:user/nopol is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::${ACCT}:federated-user/carol because no identity-based policy allows the sts:GetFederationToken action`,
    });
  });

  it("DurationSeconds: 900–129,600 for a user; the root's silently capped at one hour", async () => {
    const long = await federate(fed, { Name: "long", DurationSeconds: 129600 });
    expect(((long.Credentials?.Expiration?.getTime() ?? 0) - Date.now()) / 1000).toBeGreaterThan(129500);
    expect(await sdkFailure(federate(fed, { Name: "toolong", DurationSeconds: 129601 }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600",
    });
    expect((await sdkFailure(federate(fed, { Name: "short", DurationSeconds: 899 }))).message).toContain("Member must have value greater than or equal to 900");
    const r = await federate(root, { Name: "rootfed", DurationSeconds: 7200 });
    expect(((r.Credentials?.Expiration?.getTime() ?? 0) - Date.now()) / 1000).toBeLessThanOrEqual(3600);
    expect(r.FederatedUser?.Arn).toBe(`arn:aws:sts::${ACCT}:federated-user/rootfed`);
  });

  it("Name: 2–32 characters of [\\w+=,.@-]", async () => {
    expect(await sdkFailure(federate(fed, { Name: "a" }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value 'a' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2",
    });
    expect((await sdkFailure(federate(fed, { Name: "x".repeat(33) }))).message).toContain("Member must have length less than or equal to 32");
    expect((await sdkFailure(federate(fed, { Name: "bad name" }))).message).toBe(
      "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
    expect((await federate(fed, { Name: "ok+=,.@-_" })).FederatedUser?.FederatedUserId).toBe(`${ACCT}:ok+=,.@-_`);
  });

  it("a malformed session policy is MalformedPolicyDocument", async () => {
    expect((await sdkFailure(federate(fed, { Name: "badpol", Policy: "{" }))).name).toBe("MalformedPolicyDocumentException");
  });
});

async function createKeyForUserWithoutPolicy(): Promise<Creds> {
  await h.db.user.create({ data: { id: "AIDANOPOLICYUSER0001", accountId: ACCT, name: "nopol", nameLower: "nopol", path: "/", arn: `arn:aws:iam::${ACCT}:user/nopol` } });
  return createKey(h.db, ACCT, "nopol");
}
