// The SAML verifier and claim rules on their own: every case here is one a naive implementation
// (check "some signature is valid", then read the first Assertion it finds) gets wrong or lets through.
// AWS's rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { BAD_SIGNATURE, MULTIPLE_ASSERTIONS, NOT_SAML, NOT_SUCCESS, parseMetadata, verifiedAssertion, type SamlMetadata } from "./saml-assertion";
import {
  BAD_SESSION_DURATION,
  BAD_SESSION_NAME,
  checkSamlTimes,
  hasRolePair,
  NO_SESSION_NAME,
  NOT_YET_VALID,
  readClaims,
  samlContext,
  samlTags,
  sessionDuration,
  sessionName,
  TOO_OLD,
  WRONG_AUDIENCE,
  WRONG_RECIPIENT,
} from "./saml-claims";
import { freshSamlIdpPem, mintSamlAssertion, parseSamlIdpPem, samlIdpMetadata, sandboxSamlIdp, type MintSamlInput, type SamlIdpKey } from "./saml-idp";

const ROLE = "arn:aws:iam::111111111111:role/SamlAdmin";
const PROVIDER = "arn:aws:iam::111111111111:saml-provider/Corp";
const T0 = new Date("2026-12-01T10:00:00Z");
let idp: SamlIdpKey;
let other: SamlIdpKey;
let metadata: SamlMetadata;

const mint = (input: Partial<MintSamlInput> = {}) => mintSamlAssertion({ roleArn: ROLE, providerArn: PROVIDER, sessionName: "alice", now: T0, idp, ...input });
const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");
const encode = (xml: string) => Buffer.from(xml).toString("base64");
const claimsOf = async (input: Partial<MintSamlInput> = {}) => readClaims(verifiedAssertion(await mint(input), metadata));

function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AwsError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a failure");
}

beforeAll(async () => {
  idp = await sandboxSamlIdp(mkdtempSync(path.join(tmpdir(), "saml-idp-")));
  other = parseSamlIdpPem(await freshSamlIdpPem());
  metadata = parseMetadata(samlIdpMetadata(idp)) as SamlMetadata;
}, 60_000);

describe("metadata", () => {
  it("reads the entityID and the signing certificate, not an encryption one", () => {
    expect(metadata.entityId).toBe("https://idp.sandbox.invalid/saml");
    expect(metadata.certificates).toHaveLength(1);
    const withEncryption = samlIdpMetadata(idp).replace('<md:KeyDescriptor use="signing">', '<md:KeyDescriptor use="encryption">');
    expect(parseMetadata(withEncryption)?.certificates).toEqual([]);
    expect(parseMetadata("<md:EntityDescriptor")).toBeNull();
  });
});

describe("signature", () => {
  it("accepts an assertion signed on the Assertion or on the Response", async () => {
    expect((await claimsOf()).subject).toBe("alice");
    expect((await claimsOf({ sign: "response" })).issuer).toBe("https://idp.sandbox.invalid/saml");
  });

  it("refuses a value changed after signing", async () => {
    const tampered = decode(await mint()).replace(">alice<", ">mallory<");
    expect(failure(() => verifiedAssertion(encode(tampered), metadata))).toEqual({ code: "InvalidIdentityToken", message: BAD_SIGNATURE });
  });

  it("refuses an unsigned assertion and one signed by a key the metadata does not name", async () => {
    const unsigned = await mint({ sign: "none" });
    expect(failure(() => verifiedAssertion(unsigned, metadata)).message).toBe(BAD_SIGNATURE);
    const signedByOther = await mint({ idp: other });
    expect(failure(() => verifiedAssertion(signedByOther, metadata)).message).toBe(BAD_SIGNATURE);
    // …while the other key's own metadata verifies it: the refusal is about the certificate.
    expect(() => verifiedAssertion(signedByOther, parseMetadata(samlIdpMetadata(other)) as SamlMetadata)).not.toThrow();
  });

  it("refuses a wrapped assertion: the signed original hidden in Extensions, a forged one in its place", async () => {
    const genuine = decode(await mint());
    const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(genuine)?.[0] as string;
    const forged = assertion
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, "")
      .replace(/ID="[^"]+"/, 'ID="_forged"')
      .replace(">alice<", ">mallory<")
      .replace("role/SamlAdmin", "role/Root");
    const wrapped = genuine.replace(assertion, `<samlp:Extensions>${assertion}</samlp:Extensions>${forged}`);
    expect(failure(() => verifiedAssertion(encode(wrapped), metadata))).toEqual({ code: "InvalidIdentityToken", message: MULTIPLE_ASSERTIONS });
  });

  it("reads claims from the signed bytes: a response-level signature does not vouch for a second, unsigned assertion", async () => {
    const signed = decode(await mint({ sign: "response" }));
    const extra = signed.replace(/<saml:Assertion[\s\S]*<\/saml:Assertion>/, (a) => a + a.replace(/ID="[^"]+"/, 'ID="_second"'));
    expect(failure(() => verifiedAssertion(encode(extra), metadata)).message).toBe(MULTIPLE_ASSERTIONS);
  });

  it("refuses a signature whose reference is not its own parent element", async () => {
    // The Response-level signature is moved into the assertion: still valid for the Response's bytes,
    // but it no longer signs the element that carries it.
    const signed = decode(await mint({ sign: "response" }));
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)?.[0] as string;
    const moved = signed.replace(signature, "").replace(/(<saml:Assertion[^>]*><saml:Issuer>[^<]*<\/saml:Issuer>)/, `$1${signature}`);
    expect(failure(() => verifiedAssertion(encode(moved), metadata)).message).toBe(BAD_SIGNATURE);
  });

  it("refuses an IdP's failure response, whatever assertion it carries", async () => {
    const failed = decode(await mint()).replace("status:Success", "status:Responder");
    expect(failure(() => verifiedAssertion(encode(failed), metadata))).toEqual({ code: "InvalidIdentityToken", message: NOT_SUCCESS });
  });

  it("refuses what is not a base64 SAML Response, and any DOCTYPE", async () => {
    expect(failure(() => verifiedAssertion("not base64!", metadata)).message).toBe(NOT_SAML);
    expect(failure(() => verifiedAssertion(encode("<html/>"), metadata)).message).toBe(NOT_SAML);
    const doctype = `<!DOCTYPE r [<!ENTITY x "alice">]>${decode(await mint())}`;
    expect(failure(() => verifiedAssertion(encode(doctype), metadata)).message).toBe(NOT_SAML);
  });
});

describe("claims", () => {
  it("takes Subject, SubjectType without the nameid-format prefix, Issuer and the Recipient", async () => {
    const c = await claimsOf({ subjectFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", subject: "u-123" });
    expect(c).toMatchObject({ subject: "u-123", subjectType: "transient", recipient: "https://signin.aws.amazon.com/saml" });
    expect((await claimsOf({ subjectFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" })).subjectType).toBe(
      "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    );
  });

  it("requires the AWS audience (global, regional or urn:amazon:webservices) and recipient", async () => {
    await expect(claimsOf({ audience: "https://evil.example/saml" })).rejects.toMatchObject({ code: "InvalidIdentityToken", message: WRONG_AUDIENCE });
    await expect(claimsOf({ audience: "https://eu-west-1.signin.aws.amazon.com/saml" })).resolves.toBeTruthy();
    await expect(claimsOf({ audience: "urn:amazon:webservices" })).resolves.toBeTruthy();
    await expect(claimsOf({ recipient: "https://evil.example/acs" })).rejects.toMatchObject({ code: "InvalidIdentityToken", message: WRONG_RECIPIENT });
  });

  it("is redeemed within five minutes of issuance, before NotOnOrAfter, and not before NotBefore", async () => {
    const c = await claimsOf({ ttlSeconds: 600 });
    expect(() => checkSamlTimes(c, new Date(T0.getTime() + 4 * 60_000))).not.toThrow();
    expect(failure(() => checkSamlTimes(c, new Date(T0.getTime() + 6 * 60_000)))).toEqual({ code: "ExpiredTokenException", message: TOO_OLD });
    const short = await claimsOf({ ttlSeconds: 60 });
    expect(failure(() => checkSamlTimes(short, new Date(T0.getTime() + 2 * 60_000))).code).toBe("ExpiredTokenException");
    expect(failure(() => checkSamlTimes(c, new Date(T0.getTime() - 10 * 60_000)))).toEqual({ code: "InvalidIdentityToken", message: NOT_YET_VALID });
  });

  it("finds the requested role/provider pair in either order, and only that pair", async () => {
    const c = await claimsOf({ attributes: { Role: [`${PROVIDER},arn:aws:iam::111111111111:role/ReadOnly`] } });
    expect(hasRolePair(c, ROLE, PROVIDER)).toBe(true);
    expect(hasRolePair(c, "arn:aws:iam::111111111111:role/ReadOnly", PROVIDER)).toBe(true);
    expect(hasRolePair(c, "arn:aws:iam::111111111111:role/Other", PROVIDER)).toBe(false);
    expect(hasRolePair(c, ROLE, "arn:aws:iam::111111111111:saml-provider/Other")).toBe(false);
  });

  it("requires one RoleSessionName of AWS's pattern", async () => {
    const missing = await claimsOf({ sessionName: undefined });
    expect(failure(() => sessionName(missing))).toEqual({ code: "InvalidIdentityToken", message: NO_SESSION_NAME });
    const spaced = await claimsOf({ sessionName: "a b" });
    expect(failure(() => sessionName(spaced))).toEqual({ code: "InvalidIdentityToken", message: BAD_SESSION_NAME });
    const two = await claimsOf({ attributes: { RoleSessionName: ["bob"] } });
    expect(failure(() => sessionName(two)).message).toBe(BAD_SESSION_NAME);
    expect(sessionName(await claimsOf({ sessionName: "alice@example.com" }))).toBe("alice@example.com");
  });

  it("checks SessionDuration: whole seconds from 900 to 43200", async () => {
    expect(sessionDuration(await claimsOf({ durationSeconds: 7200 }))).toBe(7200);
    expect(sessionDuration(await claimsOf())).toBeUndefined();
    const short = await claimsOf({ durationSeconds: 60 });
    expect(failure(() => sessionDuration(short))).toEqual({ code: "InvalidIdentityToken", message: BAD_SESSION_DURATION });
  });

  it("reads PrincipalTag:* attributes as session tags and TransitiveTagKeys", async () => {
    const c = await claimsOf({ attributes: { "PrincipalTag:Project": "blue", "PrincipalTag:CostCenter": "42", TransitiveTagKeys: ["Project"] } });
    expect(samlTags(c)).toEqual({ tags: [{ Key: "Project", Value: "blue" }, { Key: "CostCenter", Value: "42" }], transitive: ["Project"] });
  });

  it("maps the documented context keys, SAML:namequalifier as BASE64(SHA1(issuer + account + '/' + name))", async () => {
    const c = await claimsOf({ attributes: { "urn:oid:2.5.4.3": "Alice A", "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": ["staff", "member"] } });
    const ctx = samlContext(c, { arn: PROVIDER, accountId: "111111111111", name: "Corp" });
    const { createHash } = await import("node:crypto");
    expect(ctx).toMatchObject({
      "aws:FederatedProvider": PROVIDER,
      "SAML:aud": "https://signin.aws.amazon.com/saml",
      "SAML:iss": "https://idp.sandbox.invalid/saml",
      "SAML:sub": "alice",
      "SAML:sub_type": "persistent",
      "SAML:doc": "111111111111/Corp",
      "SAML:cn": "Alice A",
      "SAML:edupersonaffiliation": ["staff", "member"],
      "SAML:namequalifier": createHash("sha1").update("https://idp.sandbox.invalid/saml111111111111/Corp").digest("base64"),
    });
  });
});
