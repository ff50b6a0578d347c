// AWS-shaped identifiers. Unique ids are a 4-letter prefix plus 17 base32 characters
// (AIDA… users, AROA… roles, ANPA… policies, AGPA… groups, AIPA… instance profiles, APKA… SSH public
// keys, ACCA… service-specific credentials, ASCA… server certificates);
// access keys are AKIA… (long-term) / ASIA… (temporary) and SSH keys APKA… plus 16, as AWS shows them.
import { createHash, randomBytes } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type IdPrefix = "AIDA" | "AROA" | "ANPA" | "AGPA" | "AIPA" | "AKIA" | "ASIA" | "APKA" | "ACCA" | "ASCA";

// Random bytes drawn from a pool refilled 8 KiB at a time: each AssumeRole needs ~230 bytes in three
// pieces, and a system call per piece showed in the STS benchmark's profile.
const POOL_SIZE = 8192;
let pool: Buffer = Buffer.alloc(0);
let poolOffset = 0;

// SANDBOX_ID_SEED (the demo kit's deterministic sandbox): the pool is refilled from SHA-256 of
// seed and block number instead, so the same calls in the same order draw the same ids, keys,
// tokens, request ids and TOTP secrets. The block counter lives on globalThis: Next's bundles and
// server.ts each load their own copy of this module, and two streams from one seed would collide.
// Request ids have a stream of their own: the console's concurrent reads draw them in no fixed
// order, and must not shift the ids of the entities a demo creates.
const seeded = globalThis as typeof globalThis & { __sandboxIdStreams?: Record<string, number> };

function refill(n: number, stream = "id"): Buffer {
  const seed = process.env.SANDBOX_ID_SEED;
  if (!seed) return randomBytes(Math.max(POOL_SIZE, n));
  const blocks = (seeded.__sandboxIdStreams ??= {});
  const out: Buffer[] = [];
  for (let size = 0; size < n; size += 32) {
    const block = (blocks[stream] = (blocks[stream] ?? -1) + 1);
    out.push(createHash("sha256").update(`${seed}\0${stream}\0${block}`).digest());
  }
  return Buffer.concat(out);
}

function random(n: number, stream?: string): Buffer {
  // Seeded draws take fresh blocks each time, so module copies never replay each other's pool.
  if (process.env.SANDBOX_ID_SEED) return refill(n, stream).subarray(0, n);
  if (poolOffset + n > pool.length) {
    pool = refill(n);
    poolOffset = 0;
  }
  const out = pool.subarray(poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
}

/** `n` random bytes (seeded under SANDBOX_ID_SEED), for secrets that must repeat in a demo. */
export function idBytes(n: number): Buffer {
  return Buffer.from(random(n));
}

function base32(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += BASE32[bytes[i % bytes.length] % 32];
  return out;
}

export function newId(prefix: IdPrefix): string {
  return prefix + base32(random(24), prefix === "AKIA" || prefix === "ASIA" || prefix === "APKA" ? 16 : 17);
}

/** Deterministic ids for the demo sandbox, so a reset reproduces the same ARNs and ids. */
export function stableId(prefix: IdPrefix, seed: string): string {
  return prefix + base32(createHash("sha256").update(seed).digest(), 17);
}

/**
 * A temporary access key id (ASIA + 16) that is the same for the same seed: the id CloudTrail shows
 * for a console session's calls, derived from the session so every call of one sign-in shares it.
 */
export function stableSessionKeyId(seed: string): string {
  return "ASIA" + base32(createHash("sha256").update(seed).digest(), 16);
}

/** A signing certificate's id: 32 base32 characters (IAM's certificateIdType is 24–128 word characters). */
export function newCertificateId(): string {
  return base32(random(32), 32);
}

/** 40-character secret access key, as AWS issues them. */
export function newSecretAccessKey(): string {
  return random(30).toString("base64").replace(/\+/g, "A").replace(/\//g, "B").slice(0, 40);
}

export function newSessionToken(): string {
  return "IQoJb3JpZ2luX2VjE" + random(180).toString("base64");
}

/** A lower-case UUID v4 (seeded under SANDBOX_ID_SEED). */
export function newRequestId(): string {
  if (!process.env.SANDBOX_ID_SEED) return crypto.randomUUID();
  const b = Buffer.from(random(16, "request"));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
