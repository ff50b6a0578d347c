// Simulated OIDC ID tokens (spec §1.3). The sandbox has no internet and no real identity provider, so
// it keeps its own signing key: an RSA key pair generated once into the data directory (like the auth
// secret, lib/auth/secret.ts). `npm run sandbox:token` and tests mint JWTs with it; the
// AssumeRoleWithWebIdentity verifier (web-identity-keys.ts) checks tokens whose header names this
// key's `kid` locally, for any issuer registered as an OIDC provider in the role's account (or a
// built-in provider), so a training sandbox can pose as GitHub Actions, EKS, Google… Other tokens are
// verified against the issuer's published JWKS. JWS is done with node:crypto only.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "../data-dir";

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

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** JWS algorithms AWS accepts for OIDC ID tokens, with node:crypto's digest and signature encoding. */
const ALGORITHMS: Record<string, { hash: string; ec: boolean }> = {
  RS256: { hash: "sha256", ec: false },
  RS384: { hash: "sha384", ec: false },
  RS512: { hash: "sha512", ec: false },
  ES256: { hash: "sha256", ec: true },
  ES384: { hash: "sha384", ec: true },
  ES512: { hash: "sha512", ec: true },
};

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

/** A compact RS256 JWT signed with the sandbox key. */
export function mintSandboxToken(input: MintInput): string {
  const key = sandboxSigningKey(input.dataDir);
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const header = { alg: "RS256", typ: "JWT", kid: key.kid };
  const payload = { iss: input.issuer, sub: input.subject, aud: input.audience, iat, exp: iat + (input.ttlSeconds ?? 3600), ...input.claims };
  const signingInput = `${b64(header)}.${b64(payload)}`;
  return `${signingInput}.${sign("sha256", Buffer.from(signingInput), key.privateKey).toString("base64url")}`;
}

export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown; [k: string]: unknown };
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function parseSegment(segment: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The three parts of a compact JWS, or null when it is not one (e.g. an opaque access token). */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return null;
  const header = parseSegment(parts[0]);
  const claims = parseSegment(parts[1]);
  if (!header || !claims) return null;
  return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], "base64url") };
}

/** Whether the JWS signature is valid for `key` under the header's (allowed) algorithm. */
export function verifyJwtSignature(jwt: DecodedJwt, key: KeyObject): boolean {
  const alg = typeof jwt.header.alg === "string" && Object.hasOwn(ALGORITHMS, jwt.header.alg) ? ALGORITHMS[jwt.header.alg] : undefined;
  if (!alg || (key.asymmetricKeyType === "ec") !== alg.ec) return false;
  try {
    return verify(alg.hash, Buffer.from(jwt.signingInput), alg.ec ? { key, dsaEncoding: "ieee-p1363" } : key, jwt.signature);
  } catch {
    return false;
  }
}
