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
let pool = Buffer.alloc(0);
let poolOffset = 0;

function random(n: number): Buffer {
  if (poolOffset + n > pool.length) {
    pool = randomBytes(Math.max(POOL_SIZE, n));
    poolOffset = 0;
  }
  const out = pool.subarray(poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
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

export function newRequestId(): string {
  return crypto.randomUUID();
}
