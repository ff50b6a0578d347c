// AssumeRoleWithWebIdentity end to end: the real @aws-sdk/client-sts (which sends this call
// unsigned) against the real endpoint on a node:http server over a freshly seeded sandbox, with
// tokens minted by the sandbox signing key of that sandbox's data directory.
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient, type AssumeRoleWithWebIdentityCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createRole, fromResult, signedPost, startHarness, type Harness } from "@/lib/wire/testing";
import type { MintInput } from "./web-identity-token";

let h: Harness;
let mint: (input: Partial<MintInput>) => Promise<string>;
const ACCT = "111111111111";
const GITHUB = "https://token.actions.githubusercontent.com";
const GITHUB_ARN = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
const ROLE = `arn:aws:iam::${ACCT}:role/GitHubDeploy`;
const SUB = "repo:my-org/my-repo:ref:refs/heads/main";

const anonymous = () => new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 });
const assume = (input: Partial<AssumeRoleWithWebIdentityCommandInput> & { WebIdentityToken: string }) =>
  anonymous().send(new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE, RoleSessionName: "gha", ...input }));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => ({ name: e.name, message: e.message, status: e.$metadata?.httpStatusCode }),
  );

const githubTrust = (extra: object = {}) => ({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Federated: GITHUB_ARN },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
        StringLike: { "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:*" },
      },
    },
    ...(Object.keys(extra).length ? [extra] : []),
  ],
});

beforeAll(async () => {
  h = await startHarness();
  // Imported after the harness so the key lives in the harness's data directory, as the server's does.
  const { mintSandboxToken } = await import("./web-identity-token");
  mint = (input) => mintSandboxToken({ issuer: GITHUB, subject: SUB, audience: "sts.amazonaws.com", ...input });
  await h.db.identityProvider.create({
    data: { arn: GITHUB_ARN, accountId: ACCT, kind: "OIDC", name: "token.actions.githubusercontent.com", clientIds: JSON.stringify(["sts.amazonaws.com"]) },
  });
  await h.db.identityProvider.create({
    data: { arn: `arn:aws:iam::${ACCT}:oidc-provider/idp.invalid`, accountId: ACCT, kind: "OIDC", name: "idp.invalid", clientIds: JSON.stringify(["x"]) },
  });
  await createRole(h.db, { accountId: ACCT, name: "GitHubDeploy", trust: githubTrust(), maxSessionDuration: 7200 });
  // Account 222222222222 trusts the same issuer but its organization's RCP forbids web identity.
  await h.db.identityProvider.create({
    data: { arn: GITHUB_ARN.replace(ACCT, "222222222222"), accountId: "222222222222", kind: "OIDC", name: "token.actions.githubusercontent.com", clientIds: JSON.stringify(["sts.amazonaws.com"]) },
  });
  await createRole(h.db, {
    accountId: "222222222222",
    name: "FencedDeploy",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Federated: GITHUB_ARN.replace(ACCT, "222222222222") }, Action: "sts:AssumeRoleWithWebIdentity" }] },
  });
  await h.db.orgPolicy.create({
    data: {
      id: "p-webidentity01",
      organizationId: "o-sandbox0001",
      kind: "RESOURCE_CONTROL_POLICY",
      name: "NoWebIdentity",
      document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: "*", Action: "sts:AssumeRoleWithWebIdentity", Resource: "*" }] }),
      attachments: { create: [{ targetId: "222222222222" }] },
    },
  });
  await createRole(h.db, {
    accountId: ACCT,
    name: "GitHubTagged",
    trust: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Federated: GITHUB_ARN }, Action: ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"] }],
    },
  });
  await createRole(h.db, {
    accountId: ACCT,
    name: "GoogleRole",
    trust: {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Federated: "accounts.google.com" }, Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: { "accounts.google.com:aud": "client-1" } } }],
    },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("AssumeRoleWithWebIdentity over the wire (unsigned)", () => {
  it("issues a role session for a GitHub Actions token the trust policy accepts", async () => {
    const out = await assume({ WebIdentityToken: await mint({}), DurationSeconds: 7200 });
    const role = await h.db.role.findFirstOrThrow({ where: { arn: ROLE } });
    expect(out).toMatchObject({
      AssumedRoleUser: { AssumedRoleId: `${role.id}:gha`, Arn: `arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/gha` },
      SubjectFromWebIdentityToken: SUB,
      Provider: GITHUB,
      Audience: "sts.amazonaws.com",
    });
    expect(out.PackedPolicySize).toBeUndefined();
    const lifetime = (out.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(7100_000);
    const sts = new STSClient({ endpoint: h.url, region: "us-east-1", credentials: fromResult(out.Credentials) });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/gha`, UserId: `${role.id}:gha` });
    const session = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: out.Credentials?.AccessKeyId } });
    expect(session).toMatchObject({ kind: "assumed-role", roleId: role.id, sourcePrincipalArn: GITHUB_ARN });
  });

  it("logs the anonymous call in the role's account under the provider", async () => {
    await assume({ WebIdentityToken: await mint({}), RoleSessionName: "logged-call" });
    await new Promise((r) => setTimeout(r, 300));
    const rows = await h.db.activityEvent.findMany({ where: { accountId: ACCT, action: "sts:AssumeRoleWithWebIdentity", principalArn: GITHUB_ARN } });
    expect(rows.length).toBeGreaterThan(0);
  });

  it("rejects an issuer that is not a provider of the role's account", async () => {
    const token = await mint({ issuer: "https://gitlab.example.com" });
    expect(await failure(assume({ WebIdentityToken: token }))).toEqual({
      name: "InvalidIdentityTokenException",
      message: "No OpenIDConnect provider found in your account for https://gitlab.example.com",
      status: 400,
    });
  });

  it("rejects an audience outside the provider's client id list", async () => {
    expect(await failure(assume({ WebIdentityToken: await mint({ audience: "someone-else" }) }))).toEqual({
      name: "InvalidIdentityTokenException",
      message: "Incorrect token audience",
      status: 400,
    });
  });

  it("rejects a token whose claims were altered after signing", async () => {
    const [header, , signature] = (await mint({})).split(".");
    const claims = Buffer.from(JSON.stringify({ iss: GITHUB, sub: SUB, aud: "sts.amazonaws.com", exp: Math.floor(Date.now() / 1000) + 99_999 })).toString("base64url");
    const e = await failure(assume({ WebIdentityToken: `${header}.${claims}.${signature}` }));
    expect(e).toMatchObject({ name: "InvalidIdentityTokenException", status: 400 });
    expect(e.message).toMatch(/signature/);
  });

  it("rejects something that is not a JWT (wire code InvalidIdentityToken; the SDK names the shape)", async () => {
    expect(await failure(assume({ WebIdentityToken: "ya29.an-opaque-access-token" }))).toMatchObject({ name: "InvalidIdentityTokenException", status: 400 });
    const body = new URLSearchParams({ Action: "AssumeRoleWithWebIdentity", Version: "2011-06-15", RoleArn: ROLE, RoleSessionName: "raw", WebIdentityToken: "opaque" });
    const res = await fetch(`${h.url}/`, { method: "POST", body });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<Code>InvalidIdentityToken</Code>");
  });

  it("keeps every other action signed", async () => {
    const body = new URLSearchParams({ Action: "GetCallerIdentity", Version: "2011-06-15" });
    const res = await fetch(`${h.url}/`, { method: "POST", body });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("<Code>MissingAuthenticationToken</Code>");
  });

  it("rejects an expired token with ExpiredTokenException", async () => {
    const e = await failure(assume({ WebIdentityToken: await mint({ ttlSeconds: -60 }) }));
    expect(e).toMatchObject({ name: "ExpiredTokenException", status: 400 });
    expect(e.message).toMatch(/^Token expired: current date\/time \S+ must be before the expiration date\/time \S+$/);
  });

  it("denies a token for another repository with AWS's fixed text", async () => {
    expect(await failure(assume({ WebIdentityToken: await mint({ subject: "repo:other-org/app:ref:refs/heads/main" }) }))).toEqual({
      name: "AccessDenied",
      message: "Not authorized to perform sts:AssumeRoleWithWebIdentity",
      status: 403,
    });
  });

  it("denies a role that does not exist the same way", async () => {
    expect(await failure(assume({ WebIdentityToken: await mint({}), RoleArn: `arn:aws:iam::${ACCT}:role/Nope` }))).toMatchObject({ name: "AccessDenied", message: "Not authorized to perform sts:AssumeRoleWithWebIdentity" });
  });

  it("applies the role account's resource control policies", async () => {
    expect(await failure(assume({ WebIdentityToken: await mint({}), RoleArn: "arn:aws:iam::222222222222:role/FencedDeploy" }))).toMatchObject({
      name: "AccessDenied",
      message: "Not authorized to perform sts:AssumeRoleWithWebIdentity",
    });
  });

  it("requires sts:TagSession for session tags from the token's tags claim", async () => {
    const tagged = await mint({ claims: { "https://aws.amazon.com/tags": { principal_tags: { team: ["blue"] }, transitive_tag_keys: ["team"] } } });
    expect(await failure(assume({ WebIdentityToken: tagged }))).toMatchObject({ name: "AccessDenied" });
    const out = await assume({ WebIdentityToken: tagged, RoleArn: `arn:aws:iam::${ACCT}:role/GitHubTagged` });
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    const session = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: out.Credentials?.AccessKeyId } });
    expect(JSON.parse(session.tags)).toEqual([{ Key: "team", Value: "blue" }]);
    expect(JSON.parse(session.transitiveTagKeys)).toEqual(["team"]);
  });

  it("limits DurationSeconds to the role's MaxSessionDuration", async () => {
    expect(await failure(assume({ WebIdentityToken: await mint({}), RoleArn: `arn:aws:iam::${ACCT}:role/GitHubTagged`, DurationSeconds: 7200 }))).toMatchObject({
      name: "ValidationError",
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    });
  });

  it("accepts a built-in provider and tests its audience in the trust policy", async () => {
    const google = (aud: string) => mint({ issuer: "https://accounts.google.com", audience: aud, subject: "110169484474386276334" });
    const out = await assume({ WebIdentityToken: await google("client-1"), RoleArn: `arn:aws:iam::${ACCT}:role/GoogleRole` });
    expect(out).toMatchObject({ Audience: "client-1", SubjectFromWebIdentityToken: "110169484474386276334" });
    expect(await failure(assume({ WebIdentityToken: await google("client-2"), RoleArn: `arn:aws:iam::${ACCT}:role/GoogleRole` }))).toMatchObject({ name: "AccessDenied" });
  });

  it("answers IDPCommunicationError when a foreign token's issuer cannot be reached", async () => {
    const [, claims, signature] = (await mint({ issuer: "https://idp.invalid", audience: "x" })).split(".");
    const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: "idp-key-1" })).toString("base64url");
    expect(await failure(assume({ WebIdentityToken: `${header}.${claims}.${signature}` }))).toMatchObject({ name: "IDPCommunicationErrorException", status: 400 });
  }, 10_000);

  it("still serves a signed request for the action", async () => {
    const body = new URLSearchParams({ Action: "AssumeRoleWithWebIdentity", Version: "2011-06-15", RoleArn: ROLE, RoleSessionName: "signed", WebIdentityToken: await mint({}) }).toString();
    const { status, text } = await signedPost(h.url, ADMIN_111, "sts", body);
    expect(status, text).toBe(200);
    expect(text).toContain(`<Arn>arn:aws:sts::${ACCT}:assumed-role/GitHubDeploy/signed</Arn>`);
  });
});
