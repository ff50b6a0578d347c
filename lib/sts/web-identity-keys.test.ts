// Key discovery for foreign tokens, with fetch stubbed as the issuer: openid-configuration → jwks_uri
// → the key whose kid the token names; and the sandbox key short-cut.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IDP_UNREACHABLE, NO_VERIFICATION_KEY, verificationKey } from "./web-identity-keys";
import { sandboxSigningKey, type DecodedJwt } from "./web-identity-token";

const ISSUER = "https://idp.example.com";
const sandbox = sandboxSigningKey(mkdtempSync(path.join(tmpdir(), "wi-keys-")));
const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const jwk = { ...publicKey.export({ format: "jwk" }), kid: "idp-1", use: "sig", alg: "ES256" };
const jwtWithKid = (kid: string): DecodedJwt => ({ header: { alg: "ES256", kid }, claims: { iss: ISSUER }, signingInput: "x.y", signature: Buffer.alloc(0) });

function idp(routes: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    if (!Object.hasOwn(routes, url)) return new Response("not found", { status: 404 });
    const body = routes[url];
    if (body instanceof Error) throw body;
    return Response.json(body);
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("verificationKey", () => {
  it("uses the sandbox key, without any request, for tokens the sandbox signed", async () => {
    const asked = idp({});
    expect(await verificationKey(jwtWithKid(sandbox.kid), ISSUER, sandbox)).toBe(sandbox.publicKey);
    expect(asked).toEqual([]);
  });

  it("follows openid-configuration to the JWKS and picks the token's kid", async () => {
    const asked = idp({
      [`${ISSUER}/.well-known/openid-configuration`]: { issuer: ISSUER, jwks_uri: `${ISSUER}/keys` },
      [`${ISSUER}/keys`]: { keys: [{ kid: "other", kty: "EC" }, jwk] },
    });
    const key = await verificationKey(jwtWithKid("idp-1"), `${ISSUER}/`, sandbox);
    expect(key.export({ format: "jwk" })).toEqual(publicKey.export({ format: "jwk" }));
    expect(asked).toEqual([`${ISSUER}/.well-known/openid-configuration`, `${ISSUER}/keys`]);
  });

  it("answers InvalidIdentityToken when the JWKS has no key with that kid", async () => {
    idp({ [`${ISSUER}/.well-known/openid-configuration`]: { jwks_uri: `${ISSUER}/keys` }, [`${ISSUER}/keys`]: { keys: [jwk] } });
    await expect(verificationKey(jwtWithKid("rotated-away"), ISSUER, sandbox)).rejects.toMatchObject({ code: "InvalidIdentityToken", message: NO_VERIFICATION_KEY });
  });

  it("answers InvalidIdentityToken when the issuer publishes no discovery document", async () => {
    idp({});
    await expect(verificationKey(jwtWithKid("idp-1"), ISSUER, sandbox)).rejects.toMatchObject({ code: "InvalidIdentityToken" });
  });

  it("answers IDPCommunicationError when the issuer cannot be reached", async () => {
    idp({ [`${ISSUER}/.well-known/openid-configuration`]: new TypeError("fetch failed") });
    await expect(verificationKey(jwtWithKid("idp-1"), ISSUER, sandbox)).rejects.toMatchObject({ code: "IDPCommunicationError", message: IDP_UNREACHABLE });
  });
});
