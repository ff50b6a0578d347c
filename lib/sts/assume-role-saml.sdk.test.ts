// AssumeRoleWithSAML end to end: the real @aws-sdk/client-sts (which sends this call unsigned) against
// the real endpoint over a freshly seeded sandbox; the SAML provider is registered with the real IAM
// SDK from the sandbox IdP's metadata, and assertions are signed with that IdP's key.
// API: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html
// Claims: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html
// Errors: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateSAMLProviderCommand } from "@aws-sdk/client-iam";
import { AssumeRoleWithSAMLCommand, GetCallerIdentityCommand, STSClient, type AssumeRoleWithSAMLCommandInput } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MintSamlInput, SamlIdpKey } from "./saml-idp";
import { ADMIN_111, createRole, fromResult, iamClient, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
let idp: SamlIdpKey;
let mintWith: (input: MintSamlInput) => Promise<string>;
const ACCT = "111111111111";
const PROVIDER = `arn:aws:iam::${ACCT}:saml-provider/CorpIdP`;
const role = (name: string) => `arn:aws:iam::${ACCT}:role/${name}`;
const ROLE = role("SamlAdmin");

const mint = (input: Partial<MintSamlInput> = {}) => mintWith({ roleArn: ROLE, providerArn: PROVIDER, sessionName: "alice", idp, ...input });
const assume = async (input: Partial<AssumeRoleWithSAMLCommandInput> = {}, assertion?: Partial<MintSamlInput>) =>
  new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 }).send(
    new AssumeRoleWithSAMLCommand({ RoleArn: ROLE, PrincipalArn: PROVIDER, SAMLAssertion: await mint({ roleArn: input.RoleArn ?? ROLE, ...assertion }), ...input }),
  );

const trust = (actions: string[], condition?: object) => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Federated: PROVIDER }, Action: actions, ...(condition ? { Condition: condition } : {}) }],
});

beforeAll(async () => {
  h = await startHarness();
  const saml = await import("./saml-idp");
  idp = await saml.sandboxSamlIdp(mkdtempSync(path.join(tmpdir(), "saml-sdk-")));
  mintWith = saml.mintSamlAssertion;
  await iamClient(h.url, ADMIN_111).send(new CreateSAMLProviderCommand({ Name: "CorpIdP", SAMLMetadataDocument: saml.samlIdpMetadata(idp) }));
  await createRole(h.db, { accountId: ACCT, name: "SamlAdmin", trust: trust(["sts:AssumeRoleWithSAML"], { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } }), maxSessionDuration: 7200 });
  await createRole(h.db, { accountId: ACCT, name: "SamlTagged", trust: trust(["sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity"]) });
  await createRole(h.db, {
    accountId: ACCT,
    name: "SamlStaff",
    trust: trust(["sts:AssumeRoleWithSAML"], { "ForAnyValue:StringEquals": { "SAML:edupersonaffiliation": "staff" }, StringEquals: { "SAML:sub_type": "persistent" } }),
  });
}, 120_000);

afterAll(async () => h?.close());

describe("AssumeRoleWithSAML over the wire (unsigned)", () => {
  it("issues a role session with AWS's response fields for a signed assertion the trust policy accepts", async () => {
    const out = await assume({ DurationSeconds: 7200 });
    const row = await h.db.role.findFirstOrThrow({ where: { arn: ROLE } });
    const { createHash } = await import("node:crypto");
    expect(out).toMatchObject({
      AssumedRoleUser: { AssumedRoleId: `${row.id}:alice`, Arn: `arn:aws:sts::${ACCT}:assumed-role/SamlAdmin/alice` },
      Subject: "alice",
      SubjectType: "persistent",
      Issuer: "https://idp.sandbox.invalid/saml",
      Audience: "https://signin.aws.amazon.com/saml",
      NameQualifier: createHash("sha1").update(`https://idp.sandbox.invalid/saml${ACCT}/CorpIdP`).digest("base64"),
    });
    expect(out.PackedPolicySize).toBeUndefined();
    expect(out.SourceIdentity).toBeUndefined();
    expect((out.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(7100_000);
    const me = await new STSClient({ endpoint: h.url, region: "us-east-1", credentials: fromResult(out.Credentials) }).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/SamlAdmin/alice`, UserId: `${row.id}:alice` });
    const session = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: out.Credentials?.AccessKeyId } });
    expect(session).toMatchObject({ kind: "assumed-role", roleId: row.id, sourcePrincipalArn: PROVIDER });
  });

  it("logs the anonymous call in the role's account under the SAML provider", async () => {
    await assume({}, { sessionName: "logged-call" });
    const rows = await h.db.activityEvent.findMany({ where: { accountId: ACCT, action: "sts:AssumeRoleWithSAML", principalArn: PROVIDER } });
    expect(rows.length).toBeGreaterThan(0);
  });

  it("refuses an assertion changed after signing, unsigned, or signed by another key", async () => {
    const genuine = Buffer.from(await mint(), "base64").toString("utf8");
    const tampered = Buffer.from(genuine.replace(">alice<", ">root<")).toString("base64");
    const client = new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 });
    const send = (SAMLAssertion: string) => client.send(new AssumeRoleWithSAMLCommand({ RoleArn: ROLE, PrincipalArn: PROVIDER, SAMLAssertion }));
    const invalid = { name: "InvalidIdentityTokenException", status: 400, message: "Response signature invalid" };
    expect(await sdkFailure(send(tampered))).toEqual(invalid);
    expect(await sdkFailure(send(await mint({ sign: "none" })))).toEqual(invalid);
    const { freshSamlIdpPem, parseSamlIdpPem } = await import("./saml-idp");
    expect(await sdkFailure(send(await mint({ idp: parseSamlIdpPem(await freshSamlIdpPem()) })))).toEqual(invalid);
  });

  it("refuses a provider that does not exist and an Issuer that is not the provider's entityID", async () => {
    expect(await sdkFailure(assume({ PrincipalArn: `arn:aws:iam::${ACCT}:saml-provider/Nope` }))).toEqual({
      name: "InvalidIdentityTokenException",
      status: 400,
      message: "Specified provider doesn't exist",
    });
    // dbeaver/cloudbeaver#3112 quotes AWS's answer.
    expect(await sdkFailure(assume({}, { issuer: "https://other-idp.example/saml" }))).toEqual({
      name: "InvalidIdentityTokenException",
      status: 400,
      message: "Issuer not present in specified provider",
    });
  });

  it("refuses an assertion for another audience or recipient", async () => {
    expect(await sdkFailure(assume({}, { audience: "https://app.example.com/saml" }))).toMatchObject({ name: "InvalidIdentityTokenException", status: 400 });
    expect(await sdkFailure(assume({}, { recipient: "https://app.example.com/acs" }))).toMatchObject({ name: "InvalidIdentityTokenException", status: 400 });
  });

  it("refuses an assertion older than five minutes with ExpiredTokenException (Nike-Inc/gimme-aws-creds#251)", async () => {
    expect(await sdkFailure(assume({}, { now: new Date(Date.now() - 6 * 60_000), ttlSeconds: 3600 }))).toEqual({
      name: "ExpiredTokenException",
      status: 400,
      message: "Token must be redeemed within 5 minutes of issuance",
    });
  });

  it("requires the requested role/provider pair in the Role attribute", async () => {
    const other = await mint({ roleArn: role("SamlTagged") });
    const client = new STSClient({ endpoint: h.url, region: "us-east-1", maxAttempts: 1 });
    expect(await sdkFailure(client.send(new AssumeRoleWithSAMLCommand({ RoleArn: ROLE, PrincipalArn: PROVIDER, SAMLAssertion: other })))).toEqual({
      name: "AccessDenied",
      status: 403,
      message: "Not authorized to perform sts:AssumeRoleWithSAML",
    });
  });

  it("requires a RoleSessionName attribute of AWS's pattern (MicrosoftDocs/azure-docs#45025)", async () => {
    expect(await sdkFailure(assume({}, { sessionName: undefined }))).toEqual({
      name: "InvalidIdentityTokenException",
      status: 400,
      message: "RoleSessionName is required in AuthnResponse",
    });
    expect(await sdkFailure(assume({}, { sessionName: "alice smith" }))).toEqual({
      name: "InvalidIdentityTokenException",
      status: 400,
      message: "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}",
    });
  });

  it("evaluates the trust policy on SAML:* keys from the assertion's attributes", async () => {
    const staff = { roleArn: role("SamlStaff"), attributes: { "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": ["member", "staff"] } };
    await expect(assume({ RoleArn: role("SamlStaff") }, staff)).resolves.toBeTruthy();
    expect(await sdkFailure(assume({ RoleArn: role("SamlStaff") }, { ...staff, attributes: { "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": "student" } }))).toMatchObject({
      name: "AccessDenied",
      message: "Not authorized to perform sts:AssumeRoleWithSAML",
    });
    expect(
      await sdkFailure(assume({ RoleArn: role("SamlStaff") }, { ...staff, subjectFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" })),
    ).toMatchObject({ name: "AccessDenied" });
  });

  it("requires sts:TagSession for PrincipalTag attributes and sts:SetSourceIdentity for SourceIdentity", async () => {
    const tagged = { attributes: { "PrincipalTag:Project": "blue", TransitiveTagKeys: "Project" } };
    expect(await sdkFailure(assume({}, tagged))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(await sdkFailure(assume({}, { attributes: { SourceIdentity: "alice" } }))).toMatchObject({ name: "AccessDenied", status: 403 });
    const out = await assume({ RoleArn: role("SamlTagged") }, { attributes: { ...tagged.attributes, SourceIdentity: "alice" } });
    expect(out.SourceIdentity).toBe("alice");
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    const session = await h.db.stsSession.findUniqueOrThrow({ where: { accessKeyId: out.Credentials?.AccessKeyId } });
    expect(JSON.parse(session.tags)).toEqual([{ Key: "Project", Value: "blue" }]);
    expect(JSON.parse(session.transitiveTagKeys)).toEqual(["Project"]);
    expect(session.sourceIdentity).toBe("alice");
  });

  it("ends the session at the assertion's SessionNotOnOrAfter when that is sooner than DurationSeconds", async () => {
    const out = await assume({}, { durationSeconds: 1200 });
    const lifetime = (out.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(1100_000);
    expect(lifetime).toBeLessThan(1300_000);
  });

  it("limits DurationSeconds to the role's MaxSessionDuration, and session policies as AssumeRole does", async () => {
    expect(await sdkFailure(assume({ RoleArn: role("SamlTagged"), DurationSeconds: 7200 }))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    });
    expect(await sdkFailure(assume({ Policy: "{not json" }))).toMatchObject({ name: "MalformedPolicyDocumentException", status: 400 });
    const scoped = await assume({ Policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] }) });
    expect(scoped.PackedPolicySize).toBeGreaterThan(0);
  });

  it("checks the model's constraints first (ValidationError)", async () => {
    const e = await sdkFailure(assume({ PrincipalArn: "arn:short" }));
    expect(e).toMatchObject({ name: "ValidationError", status: 400 });
    expect(e.message).toContain("at 'principalArn' failed to satisfy constraint: Member must have length greater than or equal to 20");
  });
});
