// The key that verifies a web-identity token (spec §1.3 step 3): the sandbox key for tokens minted
// by the sandbox (header kid = its key id), otherwise the issuer's JWKS found through
// `<iss>/.well-known/openid-configuration`. Trust in the JWKS host rests on Node's CA store; the
// provider's configured thumbprints are not consulted (AWS uses them only for privately rooted IdPs).
import { KeyObject } from "node:crypto";
import { importJWK, type JWK } from "jose";
import { AwsError } from "@/lib/errors";
import { sandboxSigningKey, type DecodedJwt, type SandboxKey } from "./web-identity-token";

export const FETCH_TIMEOUT_MS = 3000;
export const IDP_UNREACHABLE =
  "The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.";
export const NO_VERIFICATION_KEY =
  "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements";

async function fetchJson(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "error" });
  } catch {
    throw new AwsError("IDPCommunicationError", IDP_UNREACHABLE);
  }
  if (res.status >= 500) throw new AwsError("IDPCommunicationError", IDP_UNREACHABLE);
  if (!res.ok) throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  try {
    return await res.json();
  } catch {
    throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  }
}

async function issuerKey(issuer: string, kid: string): Promise<KeyObject> {
  const discovery = (await fetchJson(`${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`)) as { jwks_uri?: unknown } | null;
  const jwksUri = discovery?.jwks_uri;
  if (typeof jwksUri !== "string" || !jwksUri.startsWith("https://")) throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  const jwks = (await fetchJson(jwksUri)) as { keys?: unknown } | null;
  const keys = Array.isArray(jwks?.keys) ? (jwks.keys as Array<JWK & { kid?: unknown }>) : [];
  const jwk = keys.find((k) => k && k.kid === kid);
  if (!jwk) throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  try {
    // Imported for its key type, not the token's alg: the signature check (jose, the token's header
    // alg among those allowed) decides whether key and algorithm belong together.
    const imported = await importJWK({ ...jwk, alg: undefined, use: undefined, key_ops: undefined }, importAlgorithm(jwk));
    if (imported instanceof Uint8Array) throw new Error("a symmetric key cannot verify an ID token");
    return KeyObject.from(imported);
  } catch {
    throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  }
}

/** The JWS algorithm jose needs to import a public JWK of this type (any of its family would do). */
function importAlgorithm(jwk: JWK): string {
  if (jwk.kty === "RSA") return "RS256";
  if (jwk.kty === "EC") return ({ "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" } as Record<string, string>)[jwk.crv ?? ""] ?? "ES256";
  return "none";
}

/** The public key for this token; the issuer has already been matched to a provider the role's account trusts. */
export async function verificationKey(jwt: DecodedJwt, issuer: string, sandbox: SandboxKey = sandboxSigningKey()): Promise<KeyObject> {
  const kid = jwt.header.kid;
  if (typeof kid !== "string" || kid === "") throw new AwsError("InvalidIdentityToken", NO_VERIFICATION_KEY);
  if (kid === sandbox.kid) return sandbox.publicKey;
  return issuerKey(issuer, kid);
}
