// RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), the algorithm virtual MFA apps use.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const STEP_SECONDS = 30;

export function base32Encode(buf: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, "").replace(/\s/g, "").toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error("invalid base32");
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A 160-bit seed, base32 — what AWS shows as the "secret key" of a virtual MFA device (40 chars... here 32). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function counterAt(time: number): number {
  return Math.floor(time / 1000 / STEP_SECONDS);
}

export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", secret).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return code.toString().padStart(digits, "0");
}

export function totp(secretBase32: string, time: number = Date.now()): string {
  return hotp(base32Decode(secretBase32), counterAt(time));
}

/**
 * The step a code belongs to, within ±1 step of `time` for clock drift, or null.
 * Callers reject steps at or below the last accepted one, so a code cannot be replayed.
 */
export function matchTotp(secretBase32: string, code: string, time: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secretBase32);
  const now = counterAt(time);
  for (const c of [now - 1, now, now + 1]) {
    const expected = Buffer.from(hotp(key, c));
    if (timingSafeEqual(expected, Buffer.from(code))) return c;
  }
  return null;
}

export function otpauthUri(account: string, issuer: string, secretBase32: string): string {
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}`;
}
