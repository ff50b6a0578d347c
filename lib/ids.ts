// AWS-shaped identifiers. Unique ids are a 4-letter prefix plus 17 base32 characters
// (AIDA… users, AROA… roles, ANPA… policies, AGPA… groups, AIPA… instance profiles);
// access keys are AKIA… (long-term) / ASIA… (temporary) plus 16.
import { createHash, randomBytes } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type IdPrefix = "AIDA" | "AROA" | "ANPA" | "AGPA" | "AIPA" | "AKIA" | "ASIA";

function base32(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += BASE32[bytes[i % bytes.length] % 32];
  return out;
}

export function newId(prefix: IdPrefix): string {
  return prefix + base32(randomBytes(24), prefix === "AKIA" || prefix === "ASIA" ? 16 : 17);
}

/** Deterministic ids for the demo sandbox, so a reset reproduces the same ARNs and ids. */
export function stableId(prefix: IdPrefix, seed: string): string {
  return prefix + base32(createHash("sha256").update(seed).digest(), 17);
}

/** 40-character secret access key, as AWS issues them. */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString("base64").replace(/\+/g, "A").replace(/\//g, "B").slice(0, 40);
}

export function newSessionToken(): string {
  return "IQoJb3JpZ2luX2VjE" + randomBytes(180).toString("base64");
}

export function newRequestId(): string {
  return crypto.randomUUID();
}
