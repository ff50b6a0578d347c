// Simulated OIDC ID tokens (spec §1.3). The sandbox has no internet and no real identity provider, so
// it keeps its own signing key: an RSA key pair generated once into the data directory (like the auth
// secret, lib/auth/secret.ts). `npm run sandbox:token` and tests mint JWTs with it; the
// AssumeRoleWithWebIdentity verifier (web-identity-keys.ts) checks tokens whose header names this
// key's `kid` locally, for any issuer registered as an OIDC provider in the role's account (or a
// built-in provider), so a training sandbox can pose as GitHub Actions, EKS, Google… Other tokens are
// verified against the issuer's published JWKS. JWS signing and verification are jose's.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { compactVerify, decodeJwt as joseDecodeJwt, decodeProtectedHeader, SignJWT } from "jose";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "../data-dir";
import { serverNow } from "@/lib/server-now";

const KEY_FILE = "sandbox-oidc-key.pem";

export interface SandboxKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const loaded = new Map<string, SandboxKey>();

/** The data directory's signing key, created on first use; concurrent creators agree on one file. */
export function sandboxSigningKey(dataDir: string = DATA_DIR): SandboxKey {
  const file = path.join(dataDir, KEY_FILE);
  const hit = loaded.get(file);
  if (hit) return hit;
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch {
    ensurePrivateDir(dataDir);
    const fresh = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    try {
      writeFileSync(file, fresh, { mode: PRIVATE_FILE_MODE, flag: "wx" });
    } catch {
      // another process (the server, the token script) wrote it first: use theirs
    }
    pem = readFileSync(file, "utf8");
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: "spki", format: "der" });
  const key = { kid: `sandbox-${createHash("sha256").update(der).digest("base64url").slice(0, 16)}`, privateKey, publicKey };
  loaded.set(file, key);
  return key;
}

/** JWS algorithms AWS accepts for OIDC ID tokens (jose refuses the rest, `none` and HMAC included). */
const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"];

export interface MintInput {
  issuer: string;
  subject: string;
  audience: string | string[];
  /** Lifetime in seconds (default 3600); negative mints an already expired token. */
  ttlSeconds?: number;
  /** Extra claims (azp, amr, https://aws.amazon.com/tags, …); they override the standard ones. */
  claims?: Record<string, unknown>;
  now?: Date;
  dataDir?: string;
}

/** A compact RS256 JWT signed with the sandbox key (jose's SignJWT). */
export async function mintSandboxToken(input: MintInput): Promise<string> {
  const key = sandboxSigningKey(input.dataDir);
  const iat = Math.floor((input.now ?? serverNow()).getTime() / 1000);
  const payload = { iss: input.issuer, sub: input.subject, aud: input.audience, iat, exp: iat + (input.ttlSeconds ?? 3600), ...input.claims };
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid }).sign(key.privateKey);
}

export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown; [k: string]: unknown };
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/** The parts of a compact JWS (read, not verified), or null when it is not one (e.g. an opaque access token). */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return null;
  try {
    const header = decodeProtectedHeader(token) as DecodedJwt["header"];
    const claims = joseDecodeJwt(token) as Record<string, unknown>;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], "base64url") };
  } catch {
    return null;
  }
}

/** Whether the JWS signature is valid for `key` under the header's (allowed) algorithm. */
export async function verifyJwtSignature(jwt: DecodedJwt, key: KeyObject): Promise<boolean> {
  try {
    await compactVerify(`${jwt.signingInput}.${jwt.signature.toString("base64url")}`, key, { algorithms: ALGORITHMS });
    return true;
  } catch {
    return false;
  }
}
