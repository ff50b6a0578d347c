// An account's outbound signing keys: one RS256 and one ES384 key (the two SigningAlgorithm values
// GetWebIdentityToken accepts), generated with jose when the feature is first enabled and stored in
// the OutboundFederation row, so every instance signs with and publishes the same keys. `kid` is the
// RFC 7638 thumbprint of the public key.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK, type KeyObject } from "jose";

export const SIGNING_ALGORITHMS = ["RS256", "ES384"] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export interface StoredKey {
  kid: string;
  alg: SigningAlgorithm;
  /** The private JWK (never published). */
  jwk: JWK;
}

const PUBLIC_MEMBERS = { RSA: ["kty", "n", "e"], EC: ["kty", "crv", "x", "y"] } as const;

export function publicJwk(key: StoredKey): JWK {
  const members = PUBLIC_MEMBERS[key.jwk.kty as keyof typeof PUBLIC_MEMBERS] ?? [];
  const out: JWK = {};
  for (const m of members) out[m] = key.jwk[m];
  return { ...out, kid: key.kid, alg: key.alg, use: "sig" };
}

async function freshKey(alg: SigningAlgorithm): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...(alg === "RS256" ? { modulusLength: 2048 } : {}) });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  return { kid, alg, jwk: await exportJWK(privateKey) };
}

/** A new key set, as the row stores it. */
export async function freshKeys(): Promise<string> {
  return JSON.stringify(await Promise.all(SIGNING_ALGORITHMS.map(freshKey)));
}

export function parseKeys(json: string): StoredKey[] {
  return JSON.parse(json) as StoredKey[];
}

// Imported keys by kid: a kid names one key forever, so the cache never goes stale.
const imported = new Map<string, Promise<CryptoKey | KeyObject | Uint8Array>>();

export function signingKey(key: StoredKey): Promise<CryptoKey | KeyObject | Uint8Array> {
  let hit = imported.get(key.kid);
  if (!hit) {
    hit = importJWK(key.jwk, key.alg);
    imported.set(key.kid, hit);
  }
  return hit;
}
