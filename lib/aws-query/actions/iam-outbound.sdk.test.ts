// Outbound identity federation end to end with the real SDK v3 over SigV4: IAM's
// Enable/Disable/GetOutboundWebIdentityFederationInfo, STS GetWebIdentityToken, and the issuer's OIDC
// discovery served by this server (the same listener server.ts uses), verified with jose's remote
// JWKS over real HTTP. Run on PostgreSQL too with TEST_DATABASE_URL set.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DisableOutboundWebIdentityFederationCommand,
  EnableOutboundWebIdentityFederationCommand,
  GetOutboundWebIdentityFederationInfoCommand,
  PutUserPolicyCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetWebIdentityTokenCommand, STSClient, type GetWebIdentityTokenCommandInput } from "@aws-sdk/client-sts";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, deniedWithoutPolicy, fromResult, iamClient, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

const A = "111111111111";
const B = "222222222222";
const ISSUER = /^http:\/\/127\.0\.0\.1:\d+\/sts-issuers\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NS = "https://sts.amazonaws.com/";
const API = "https://api.example.com";

let h: Harness;
let site: Server;
let url: string;
let alice: Creds;
const iam = (creds: Creds) => iamClient(url, creds);
const sts = (creds: Creds, region = "us-east-1") => new STSClient({ endpoint: url, region, credentials: creds, maxAttempts: 1 });
const token = (creds: Creds, input: Partial<GetWebIdentityTokenCommandInput> = {}, region?: string) =>
  sts(creds, region).send(new GetWebIdentityTokenCommand({ Audience: [API], SigningAlgorithm: "RS256", ...input }));
const enable = (c: IAMClient) => c.send(new EnableOutboundWebIdentityFederationCommand({}));
const disable = (c: IAMClient) => c.send(new DisableOutboundWebIdentityFederationCommand({}));
const info = (c: IAMClient) => c.send(new GetOutboundWebIdentityFederationInfoCommand({}));
const doc = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

/** Verifies as an outside service would: discovery document → jwks_uri → jose's remote key set. */
async function verifyRemotely(jwt: string, issuer: string, audience: string) {
  const config = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
  expect(config.issuer).toBe(issuer);
  return jwtVerify(jwt, createRemoteJWKSet(new URL(config.jwks_uri)), { issuer, audience });
}

beforeAll(async () => {
  h = await startHarness();
  const { nodeListener } = await import("@/lib/aws-query");
  const { POST } = await import("@/app/api/aws/route");
  const { withIssuerDiscovery } = await import("@/lib/iam/outbound-federation/node-listener");
  site = createServer(withIssuerDiscovery(nodeListener(POST)));
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // The configured public origin (server.ts: NEXTAUTH_URL): issuers are paths under it.
  process.env.NEXTAUTH_URL = url;
  await iam(ADMIN_111).send(new CreateUserCommand({ UserName: "outbound-alice" }));
  alice = await createKey(h.db, A, "outbound-alice");
}, 90_000);
afterAll(async () => {
  await new Promise((resolve) => site?.close(resolve));
  await h?.close();
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOutboundWebIdentityFederation.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DisableOutboundWebIdentityFederation.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOutboundWebIdentityFederationInfo.html
describe("IAM outbound web identity federation switch", () => {
  it("enables once (FeatureEnabled 409 after), disables once (FeatureDisabled 404 after), and keeps the issuer URL across", async () => {
    const admin = iam(ADMIN_222);
    expect(await sdkFailure(info(admin))).toMatchObject({ name: "FeatureDisabledException", status: 404 });
    const { IssuerIdentifier } = await enable(admin);
    expect(IssuerIdentifier).toMatch(ISSUER);
    expect(await sdkFailure(enable(admin))).toEqual({
      name: "FeatureEnabledException",
      status: 409,
      message: "Outbound identity federation is already enabled for this account.",
    });
    expect(await info(admin)).toMatchObject({ IssuerIdentifier, JwtVendingEnabled: true });
    await disable(admin);
    expect(await sdkFailure(disable(admin))).toEqual({
      name: "FeatureDisabledException",
      status: 404,
      message: "Outbound identity federation is already disabled for this account.",
    });
    expect(await info(admin)).toMatchObject({ IssuerIdentifier, JwtVendingEnabled: false });
    expect((await enable(admin)).IssuerIdentifier).toBe(IssuerIdentifier);
    await disable(admin);
  });

  it("of two concurrent Enables exactly one succeeds", async () => {
    const admin = iam(ADMIN_111);
    const outcomes = await Promise.all([enable(admin), enable(admin)].map((p) => sdkFailure(p)));
    expect(outcomes.map((o) => o.name).sort()).toEqual(["FeatureEnabledException", "Resolved"]);
  });

  it("authorizes each call before reading the account's state", async () => {
    const c = iam(alice);
    const arn = `arn:aws:iam::${A}:user/outbound-alice`;
    expect(await sdkFailure(enable(c))).toEqual(deniedWithoutPolicy(arn, "EnableOutboundWebIdentityFederation", "*"));
    expect(await sdkFailure(disable(c))).toEqual(deniedWithoutPolicy(arn, "DisableOutboundWebIdentityFederation", "*"));
    expect(await sdkFailure(info(c))).toEqual(deniedWithoutPolicy(arn, "GetOutboundWebIdentityFederationInfo", "*"));
  });
});

// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetWebIdentityToken.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_token_claims.html
describe("STS GetWebIdentityToken", () => {
  let issuer: string;
  beforeAll(async () => {
    await sdkFailure(enable(iam(ADMIN_111)));
    issuer = (await info(iam(ADMIN_111))).IssuerIdentifier as string;
  });

  it("signs RS256 and ES384 tokens that verify through the issuer's discovery document and JWKS", async () => {
    for (const SigningAlgorithm of ["RS256", "ES384"]) {
      const before = Math.floor(Date.now() / 1000);
      const out = await token(ADMIN_111, { SigningAlgorithm, Tags: [{ Key: "job-id", Value: "job-1" }] }, "eu-west-1");
      const jwt = out.WebIdentityToken as string;
      expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: SigningAlgorithm, typ: "JWT", kid: expect.any(String) });
      const { payload } = await verifyRemotely(jwt, issuer, API);
      expect(Object.keys(payload)).toEqual(["iss", "aud", "sub", "iat", "exp", "jti", NS]);
      expect(payload).toMatchObject({ iss: issuer, aud: API, sub: `arn:aws:iam::${A}:user/admin` });
      expect(payload.iat).toBeGreaterThanOrEqual(before);
      // Default duration: 300 seconds; Expiration is exp.
      expect((payload.exp as number) - (payload.iat as number)).toBe(300);
      expect(out.Expiration?.getTime()).toBe((payload.exp as number) * 1000);
      expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
      expect(payload[NS]).toEqual({ aws_account: A, source_region: "eu-west-1", org_id: "o-sandbox0001", request_tags: { "job-id": "job-1" } });
    }
  });

  it("publishes an openid-configuration and a JWKS of public keys only, without authentication", async () => {
    const config = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    expect(config).toEqual({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      response_types_supported: ["id_token"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256", "ES384"],
    });
    const { keys } = (await (await fetch(config.jwks_uri)).json()) as { keys: Record<string, string>[] };
    expect(keys.map((k) => [k.kty, k.alg, k.use])).toEqual([
      ["RSA", "RS256", "sig"],
      ["EC", "ES384", "sig"],
    ]);
    for (const k of keys) expect(k.d).toBeUndefined();
    const unknown = await fetch(`${url}/sts-issuers/00000000-0000-4000-8000-000000000000/.well-known/jwks.json`);
    expect(unknown.status).toBe(404);
  });

  it("several audiences become an aud array; DurationSeconds sets exp", async () => {
    const out = await token(ADMIN_111, { Audience: [API, "urn:other"], DurationSeconds: 3600 });
    const { payload } = await verifyRemotely(out.WebIdentityToken as string, issuer, "urn:other");
    expect(payload.aud).toEqual([API, "urn:other"]);
    expect((payload.exp as number) - (payload.iat as number)).toBe(3600);
  });

  it("answers AWS's validation errors for the model's constraints", async () => {
    expect(await sdkFailure(token(ADMIN_111, { DurationSeconds: 59 }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value '59' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
    });
    expect((await sdkFailure(token(ADMIN_111, { DurationSeconds: 3601 }))).message).toContain("Member must have value less than or equal to 3600");
    expect((await sdkFailure(token(ADMIN_111, { SigningAlgorithm: "HS256" }))).message).toBe(
      "1 validation error detected: Value 'HS256' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]",
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `aud-${i}`);
    expect((await sdkFailure(token(ADMIN_111, { Audience: eleven }))).message).toContain("at 'audience' failed to satisfy constraint: Member must have length less than or equal to 10");
    expect((await sdkFailure(token(ADMIN_111, { Audience: [""] }))).message).toContain("at 'audience.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1");
  });

  it("is refused with OutboundWebIdentityFederationDisabledException while the account has not enabled it", async () => {
    expect(await sdkFailure(token(ADMIN_222))).toEqual({
      name: "OutboundWebIdentityFederationDisabledException",
      status: 403,
      message:
        "The outbound web identity federation feature is not enabled for this account. To use this feature, you must first enable it through the AWS Management Console or API.",
    });
  });

  it("authorizes through sts:GetWebIdentityToken with AWS's condition keys, before the feature check", async () => {
    const arn = `arn:aws:iam::${A}:user/outbound-alice`;
    // In B, which has not enabled the feature, a caller without the permission still hears AccessDenied.
    await iam(ADMIN_222).send(new CreateUserCommand({ UserName: "outbound-bob" }));
    expect((await sdkFailure(token(await createKey(h.db, B, "outbound-bob")))).name).toBe("AccessDenied");
    expect(await sdkFailure(token(alice))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: `User: ${arn} is not authorized to perform: sts:GetWebIdentityToken because no identity-based policy allows the sts:GetWebIdentityToken action`,
    });
    // The policy AWS's getting-started guide shows: one audience, at most 300 seconds.
    await iam(ADMIN_111).send(
      new PutUserPolicyCommand({
        UserName: "outbound-alice",
        PolicyName: "tokens",
        PolicyDocument: doc([
          {
            Effect: "Allow",
            Action: "sts:GetWebIdentityToken",
            Resource: "*",
            Condition: {
              "ForAllValues:StringEquals": { "sts:IdentityTokenAudience": API },
              NumericLessThanEquals: { "sts:DurationSeconds": 300 },
              StringEquals: { "sts:SigningAlgorithm": "ES384" },
            },
          },
        ]),
      }),
    );
    const { payload } = await verifyRemotely((await token(alice, { SigningAlgorithm: "ES384" })).WebIdentityToken as string, issuer, API);
    expect(payload.sub).toBe(arn);
    expect((await sdkFailure(token(alice, { SigningAlgorithm: "RS256" }))).name).toBe("AccessDenied");
    expect((await sdkFailure(token(alice, { SigningAlgorithm: "ES384", Audience: [API, "urn:other"] }))).name).toBe("AccessDenied");
    expect((await sdkFailure(token(alice, { SigningAlgorithm: "ES384", DurationSeconds: 600 }))).name).toBe("AccessDenied");
    // Tags need sts:TagGetWebIdentityToken as well.
    expect(await sdkFailure(token(alice, { SigningAlgorithm: "ES384", Tags: [{ Key: "k", Value: "v" }] }))).toMatchObject({
      name: "AccessDenied",
      message: expect.stringContaining("sts:TagGetWebIdentityToken"),
    });
  });

  it("for a role session: sub is the role's ARN, principal_tags the role's and the session's, and no token outlives the session", async () => {
    const admin = iam(ADMIN_111);
    await admin.send(
      new CreateRoleCommand({
        RoleName: "outbound-worker",
        AssumeRolePolicyDocument: doc([{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: ["sts:AssumeRole", "sts:TagSession"] }]),
        Tags: [{ Key: "team", Value: "data" }],
      }),
    );
    await admin.send(
      new (await import("@aws-sdk/client-iam")).PutRolePolicyCommand({
        RoleName: "outbound-worker",
        PolicyName: "tokens",
        PolicyDocument: doc([{ Effect: "Allow", Action: "sts:GetWebIdentityToken", Resource: "*" }]),
      }),
    );
    const assumed = await sts(ADMIN_111).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${A}:role/outbound-worker`, RoleSessionName: "job", DurationSeconds: 900, Tags: [{ Key: "env", Value: "prod" }] }),
    );
    const session = fromResult(assumed.Credentials);
    const { payload } = await verifyRemotely((await token(session)).WebIdentityToken as string, issuer, API);
    expect(payload.sub).toBe(`arn:aws:iam::${A}:role/outbound-worker`);
    expect((payload[NS] as Record<string, unknown>).principal_tags).toEqual({ team: "data", env: "prod" });
    expect(await sdkFailure(token(session, { DurationSeconds: 3600 }))).toEqual({
      name: "SessionDurationEscalationException",
      status: 403,
      message:
        "The requested token duration would extend the session beyond its original expiration time. You cannot use this operation to extend the lifetime of a session beyond what was granted when the session was originally created.",
    });
  });

  it("tokens issued before a Disable still verify: the issuer stays published", async () => {
    const admin = iam(ADMIN_222);
    const { IssuerIdentifier } = await enable(admin);
    const jwt = (await token(ADMIN_222, { SigningAlgorithm: "ES384" })).WebIdentityToken as string;
    await disable(admin);
    const { payload } = await verifyRemotely(jwt, IssuerIdentifier as string, API);
    expect(payload.sub).toBe(`arn:aws:iam::${B}:user/admin`);
    expect((await sdkFailure(token(ADMIN_222))).name).toBe("OutboundWebIdentityFederationDisabledException");
  });
});

// AWS: "The JSON Web Tokens (JWTs) generated by the GetWebIdentityToken API cannot be used for OpenID
// Connect (OIDC) federation into AWS (via the AssumeRoleWithWebIdentity API)."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_getting_started.html
describe("a token from account A's issuer offered to AssumeRoleWithWebIdentity in account B", () => {
  it("is refused as InvalidIdentityToken even where B registered A's issuer as its OIDC provider", async () => {
    // An https origin (as a deployment behind TLS has): CreateOpenIDConnectProvider takes https URLs only.
    process.env.NEXTAUTH_URL = "https://iam.sandbox.test";
    try {
      await sdkFailure(enable(iam(ADMIN_111)));
      const issuer = (await info(iam(ADMIN_111))).IssuerIdentifier as string;
      expect(issuer).toMatch(/^https:\/\/iam\.sandbox\.test\/sts-issuers\//);
      const jwt = (await token(ADMIN_111, { Audience: ["sts.amazonaws.com"] })).WebIdentityToken as string;
      const b = iam(ADMIN_222);
      const { OpenIDConnectProviderArn } = await b.send(new CreateOpenIDConnectProviderCommand({ Url: issuer, ClientIDList: ["sts.amazonaws.com"] }));
      await b.send(
        new CreateRoleCommand({
          RoleName: "from-a",
          AssumeRolePolicyDocument: doc([{ Effect: "Allow", Principal: { Federated: OpenIDConnectProviderArn }, Action: "sts:AssumeRoleWithWebIdentity" }]),
        }),
      );
      const fetched = vi.fn(fetch);
      vi.stubGlobal("fetch", fetched);
      const anonymous = new STSClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
      const refused = await sdkFailure(
        anonymous.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: `arn:aws:iam::${B}:role/from-a`, RoleSessionName: "from-a", WebIdentityToken: jwt })),
      );
      expect(refused).toEqual({
        name: "InvalidIdentityTokenException",
        status: 400,
        message: "Web identity tokens issued by AWS STS GetWebIdentityToken cannot be used with AssumeRoleWithWebIdentity.",
      });
      // Refused on the issuer alone: no key was fetched from anywhere.
      expect(fetched.mock.calls.filter(([u]) => String(u).includes("sts-issuers"))).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
      process.env.NEXTAUTH_URL = url;
    }
  });
});
